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
  Shared scenes here: the prologue, the tunnels (reckoning, hunger_fit, hunger_wave,
  memory_class, memory_onjo, memory_roof) and lost_self.

  VARIABLES (and what they gate)
    hunger (int)      rises with time, strain and the smell of blood; falls with feeding.
                      Below SAFE: meet them on the stairs, let On-jo come close, take her hand at
                      the memorial, let the friends hide you, stay still at the count. Below 8:
                      carry Ye-eun out, bind the conscript's leg. At 8+: a fit (hunger_fit early,
                      hunger_wave late). At HUNGER_MAX: loss of self (crossroads, march, starving).
    humanity (int)    what Nam-ra keeps of herself. 4+: the gentler way through a fit, arguing at
                      the water tower. 5+: bargaining in the white room. 7+: offering herself for
                      the cure. 2 or less: she can lead the uprising. 0: loss of self.
    trust (int)       the bond with On-jo and the others. 3+: stand between, the broadcast, the
                      call from Busan, Dae-su's blood bag. 4+: the promise on the roof. 5+: On-jo
                      can call her at the memorial, the road home from the crossroads.
    suspicion (int)   how closely the army hunts her: the capture roll at the spillway
                      (random(1, 6) <= suspicion), the alarm in Building Nine (6+), the dogs.
    knows_lab (bool)  she knows where the captured are taken: opens the reservoir road.
    knows_ship (bool) she knows samples are going to Busan and Japan: opens the road south.
    told_friends (bool) she told her friends where the others hide: On-jo can trade it.
    ally (string)     "none", "Tae-gyu", "Seo" or "Ye-eun": whose way she leans. Tae-gyu lets her
                      lead the uprising; Seo or Ye-eun lets her lead people into the mountains.
    gift (string)     what waits at the memorial: "nothing", "notebook" or "blood".
    Also read in conditions: visits(raid_drain) (Ye-eun is with her), visits(cold_room) and
    visits(lab_office) (what she saw in Building Nine).

  NOTES FOR WHOEVER EDITS THIS STORY
  - The checker searches every state, so the state is kept small on purpose:
    * `reckoning` is a tunnel run at the end of each chapter. It is Nam-ra taking stock
      of herself, and it also rounds hunger, humanity, trust and suspicion to a few levels,
      so that a small difference early on does not multiply the states of every later scene.
    * Choices in scenes that can only be entered once are written sticky (`+`): once-only
      would change nothing for the reader but would make the checker remember them.
      Once-only choices (`*`) are used where they matter: the reunion on the roof and the
      corridor of Building Nine, which the reader returns to.
    * `gift` is cleared once Nam-ra has taken what On-jo left.
  - Early tunnels (reckoning, hunger_fit, memory_class, memory_onjo) are called before the
    crossroads; late ones (hunger_wave, memory_roof) after it.
  - main.transcript beside this file replays one witness playthrough to each ending
    (`forkpaths test stories/neither_human`).

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
The army's report fits on one page. Before the outbreak, one hundred and seventy thousand people
lived in Hyosan. Afterward, one hundred and ten thousand were counted alive. The page does not say
how many of the sixty thousand died of teeth and how many of bombs.

Four months on, martial law is loosening like a fist held clenched too long. In the quarantine camp
below the hills, the guards play cards at night.

Above the camp, Hyosan High is a broken tooth, four storeys of classrooms open to the weather. At
the foot of the hill the survivors have hung a long fence with photographs, school ties, ribbons, a
pencil case shaped like a fish. Every night someone from the camp comes to leave something new, and
every night someone on the roof of the school watches her do it.

You are that someone. Your name is Nam-ra. You were class president. You were infected with the
Jonas virus and you did not die and you did not turn, not all the way. You said what you are once,
out loud, to the people you loved, before you walked away from them: neither human nor monster.

Tonight, for the first time in four months, you have lit a fire.
-> fire

=== reckoning "Taking Stock" === #interlude
{> You take stock of yourself the way you used to take attendance: name by name, nobody skipped.|You take stock again, name by name.|Attendance, again.}

{if hunger >= HUNGER_MAX}
~ hunger = HUNGER_MAX
_Hunger: present, and louder than anything else in the room._ It is the room now.
{elif hunger >= 8}
~ hunger = 8
_Hunger: present._ You count heartbeats behind walls the way other people count sheep.
{elif hunger >= SAFE}
~ hunger = SAFE
_Hunger: present, but seated._ A dog on a short chain. You know exactly how long it is.
{else}
~ hunger = 3
_Hunger: quiet._ Quiet is not the same as gone.
{end}

{if humanity >= 6}
~ humanity = 6
_Nam-ra: present._ You remember your mother's phone number, the periodic table, every name in your
class.
{elif humanity >= 4}
~ humanity = 4
_Nam-ra: present, mostly._ There are hours now you cannot account for.
{elif humanity >= 1}
~ humanity = 2
_Nam-ra: late._ You have to reach for your own name. It comes slower each time.
{else}
~ humanity = 0
_Nam-ra:_ the line stays blank. You cannot think what used to go there.
{end}

{if trust >= 5}
~ trust = 5
_The others: with you._ Wherever they are, you feel them like a hand on your back.
{elif trust >= 3}
~ trust = 3
_The others: waiting._ You have not given them much to hold.
{else}
~ trust = 1
_The others: far._ If they think of you at all, they think of teeth.
{end}

{if suspicion >= 4}
~ suspicion = 4
_The soldiers: close._ The helicopters have learned your number.
{elif suspicion >= 2}
~ suspicion = 2
_The soldiers: looking._ Twice now a searchlight has crossed the place you just left.
{else}
~ suspicion = 0
_The soldiers: elsewhere._ For now, the dark is on your side.
{end}
->->

=== hunger_fit "The Fit" === #interlude
{> The first fit in days comes up through you like water through a floor.|It comes again, and this time you know its face.|Again. It never gets easier. It only gets familiar.}

Your jaw locks. Your vision narrows to a tunnel with a heartbeat at the end of it, and the hunger
does not care whose. By your own count it has reached {hunger}, and it wants the rest.

You press your back against the cold concrete and breathe through your nose, the way the school
counsellor taught the class before exams. In for four. Hold. Out for four.
+ [Bite down on your own wrist]
    You sink your teeth into your own arm until the pain is louder than the smell. Your own blood
    tastes of nothing; that is the point. The hunger backs off, sulking, and leaves a ring of marks
    that will be gone by morning. The part of you that watches is afraid of how easily you did it.
    ~ hunger -= 2
    ~ humanity -= 1
    ->->
+ {humanity >= 4 else "You reach for your own name and find only the smell of them."} [Say your own name until it means something]
    "Nam-ra," you whisper. "Nam-ra of Hyosan High. Class president. Top of the year." You say it
    until the words are just sounds, and then until they turn back into a person.
    The fit loosens one finger at a time. When it lets go you are shaking, and still yourself.
    ~ hunger -= 1
    ~ humanity += 1
    ->->

=== hunger_wave "The Wave" === #interlude
It rises without warning, the way it always does now: not a fit but a tide, patient and enormous.

{hunger >= 9: It has been building all night and you have been pretending not to notice.|You had thought you were ahead of it tonight.}

Every heart within a hundred metres turns into a drum. You can tell them apart. That one is
frightened. That one is asleep. That one is young.
+ [Hold on to the sound of your own name]
    You hold it the way you would hold a railing on a ship: both hands, eyes shut, not letting go
    even when your knuckles ache. The tide goes out a little. Only a little.
    ~ hunger -= 1
    ->->
+ {humanity >= 4 else "There is not enough of you left to bargain with it."} [Remember the roof, and the fire, and who came up the stairs]
    You remember the fire on the roof and six people climbing toward you through the dark, knowing
    what you were, coming anyway. The tide has nothing to say to that. It goes out, grumbling, and
    leaves you standing on wet sand.
    ~ hunger -= 2
    ->->

=== memory_class "Before" === #memory
{> You remember a Tuesday before any of it: you at the front of the classroom with the attendance book, calling names, and every one of them answering. Somebody eating kimbap under the desk. A cat drawn on the board. You were annoyed by all of it, and you would give your teeth to be annoyed by it again.|You remember the exam hall the week before the outbreak: two hundred pens scratching at once, a radiator knocking. You finished first and checked your answers three times, and when you looked up the whole room was breathing together, like one animal asleep.|You remember the canteen on fish-cake day, the queue, the argument about who had cut in. For a moment you are hungry the old way, for food, and the old hunger is so small and ordinary that it almost makes you cry.}

The memory does not last. They never do. But it leaves a shape you can stand in.
->->

=== memory_onjo "The Stairwell" === #memory
{! It comes back in pieces. A stairwell in Yangdong. On-jo's face close to yours, trying to make you laugh. Your mouth already open before you knew it. The moment you stopped, a finger's width from her throat, and her face when she understood. You left the next morning. You have never told anyone that you left because she forgave you so quickly that you knew you could not be trusted with it.|The stairwell again, and On-jo's face, and the finger's width of air you have been living inside ever since.}
->->

=== memory_roof "The Roof, Before" === #memory
{> You think of the roof of Hyosan High, the night the fire brought them up the stairs.|The roof again. You keep going back there, the way a tongue goes back to a missing tooth.}

{visits(close) > 0: You remember On-jo sitting close enough to touch, talking about nothing, and how you let her.|You remember On-jo on the far side of the fire, her face orange, not coming closer because you asked her not to.}

{visits(hari_grief) > 0: You remember Ha-ri saying her brother's name as if it were a stone she had carried up four flights of stairs.}

You remember that they came, all six of them, knowing what you were.
->->

=== lost_self "Nothing Left" === #ending
There is no single moment when it happens. That is the worst of it: you keep waiting for a door to
slam, and instead the rooms of you go dark one at a time, as if someone were walking through a house
at night turning off lamps.

First the names go. You reach for the girl's name, the kind one with the gifts, and your foot comes
down on nothing. Then the numbers, the periodic table, the phone number. Then the reasons. You
remember that you used to hold back, but not why, and without the why, the holding is only a kind of
tiredness, and then you are not tired any more.

The hunger does not feel like hunger now. It feels like being awake.

Something that was Nam-ra walks down the hill in the dark. It moves beautifully; it has never moved
so well. It can hear the camp breathing from a kilometre away, six thousand sleeping hearts, and
among them six that it used to know. The knowledge sits in its head like a letter in a language
nobody speaks.

In the morning, the soldiers find a stretch of fence bent outward and a track through the dew
leading into the hills. They write a number in a report. The number is the only name that follows
you now.

On-jo keeps going to the memorial. She hangs a new photograph on the fence: a girl in a school
uniform with a class president's badge, her mouth serious, looking straight into the camera as if
daring it to be wrong about her.

Underneath, in On-jo's careful handwriting: _She held on longer than anyone. That counts._

Somewhere in the hills, something hears its name on the wind and does not turn around.
-> END "Nothing Left of Nam-ra"
