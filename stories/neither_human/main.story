/*
  NEITHER HUMAN NOR MONSTER
  A season-two "what if" for All of Us Are Dead, told mostly as Nam-ra.

  PLAN
  Chapters (one file each, joined below):
    Prologue   main.story            prologue
    One        chapters/roof.story       The roof of Hyosan High: the reunion, "They're back", the jump.
    Two        chapters/others.story     The hybrids under Hyosan Station; the dusk raid.
    Three      chapters/camp.story       As On-jo: the interrogation, the tent, the memorial.
    Four       chapters/hunger.story     The conscript under the billboard; On-jo's gift; the crossroads.
    Five       chapters/reservoir.story  Building Nine at the reservoir: the lab, the white room, Busan.
    Six        chapters/uprising.story   Tae-gyu's water tower and the march on the camp.
    Seven      chapters/home.story       The gap in the fence, the storeroom, the mountain road.
  Shared scenes here: hunger_fit and the two memories (tunnels), lost_self.

  VARIABLES
    hunger (int)      rises with time, blood and strain; falls with feeding. Gates every
                      tender choice (must be below SAFE); a fit tunnel at 8+; at HUNGER_MAX, loss of self.
    humanity (int)    what Nam-ra keeps of herself. Gates bargaining, leading, the willing cure.
    trust (int)       the bond with On-jo and the others. Gates promises, the memorial meeting,
                      going home, the broadcast.
    suspicion (int)   how closely the military is hunting her. Drives capture rolls and alarms.
    knows_lab (bool)  she knows where the captured hybrids are taken.
    knows_ship (bool) she knows samples are being shipped south, to Busan and across the sea.
    told_friends (bool) she told her friends where the others hide (On-jo can trade it).
    ally (string)     "none", "Tae-gyu" or "Seo": whose way she leans toward.
    gift (string)     what On-jo leaves at the memorial: "nothing", "notebook" or "blood".

  ENDINGS
    The Willing                 treatment          a cure begun through a willing hybrid
    The Village Without Lights  village            a hidden hybrid community in the mountains
    The Night Belongs to Us     night_ours         the uprising
    Asset Nine                  asset_nine         the weapon the military wanted
    Across the Strait           crossing           the virus crosses to Japan
    Among Friends               rooftop_again      the return to friends
    Nothing Left of Nam-ra      lost_self          the loss of self
    Live from Hyosan            broadcast          the truth, told by the friends
*/
title: Neither Human Nor Monster
author: The Forking Paths team
start: prologue

const HUNGER_MAX = 10
const SAFE = 6

var hunger = 4
var humanity = 5
var trust = 2
var suspicion = 1
var knows_lab = false
var knows_ship = false
var told_friends = false
var ally = "none"
var gift = "nothing"

include "chapters/roof.story"
include "chapters/others.story"
include "chapters/camp.story"
include "chapters/hunger.story"
include "chapters/reservoir.story"
include "chapters/uprising.story"
include "chapters/home.story"

=== prologue "Four Months After" === #chapter: Prologue
Prologue.
-> fire

=== hunger_fit "The Fit" === #interlude
The fit. Hunger {hunger}.
+ [Bite down on your own wrist]
    ~ hunger -= 2
    ~ humanity -= 1
    ->->
+ {humanity >= 4 else "You reach for your own name and find only the smell of them."} [Say your own name until it means something]
    ~ hunger -= 1
    ~ humanity += 1
    ->->

=== memory_class "Before" === #memory
{> Memory one.|Memory two.|Memory three.}
->->

=== memory_onjo "The Stairwell" === #memory
{! Memory of On-jo.|Again.}
->->

=== lost_self "Nothing Left" === #ending
Lost.
-> END "Nothing Left of Nam-ra"
