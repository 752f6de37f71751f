// The tour: a short story that uses every feature of the language once.
title: The Lighthouse Tour
author: Forking Paths
start: shore
include "keeper.story"

var lamp_lit = false
var oil = 2
var name = "traveller"
const STEPS = 3
enum sky = clear, stormy
var weather = clear
enum find = flask, shell
var found = set(find)

=== function flask_word(n) ===
~ temp word = "flasks"
{if n == 1}
~ word = "flask"
{end}
~ return word

=== external keeper_bell() ===
~ return "Somewhere below, a bell rings once."

=== shore "The Shore" === #chapter: Arrival #mood: calm
The tide is out. The lighthouse stands on its rock, {lamp_lit: bright|dark}
against the evening. {~ Gulls wheel overhead.|A bell buoy knocks.|The wind drops.}

You carry {oil} {flask_word(oil)} of oil. The climb is {STEPS} flights of stairs. #sound: surf
{if count(found) > 0}

The sky is {weather} now. The sand gave you: {found}.
{end}

+ [Climb the stairs] -> stairs #effort: high
* (wait) [Wait on the beach]
    ~ oil += 1
    ~ found += flask
    ~ weather = stormy
    You find a flask half buried in the sand.
    -> shore
* {oil > 2 else "You need more oil first."} [Light a beacon fire] -> beacon
+ [Call out] -> keeper_memory_call

=== keeper_memory_call ===
You call out. {> Nobody answers.|Still nothing.|Your voice is hoarse now.}
-> keeper_memory ->
and so must you be.
~ name = "friend"
-> shore

=== stairs "The Stairs" ===
{& Left foot.|Right foot.} The steps wind upward. This is visit {visits(stairs)}.
{if oil >= 3}
The flasks clink heavily.
{elif oil == 2}
The flasks are light enough.
{else}
You hardly feel the flasks.
{end}

{ shuffle once:
- A window shows the sea.
- A window shows the rocks.
}

* {not lamp_lit} [Light the lamp]
    ~ lamp_lit = true
    The lamp catches. Turn {turn}, {name}.
    -> lamp
* Go back down[.], counting the steps. -> shore
+ -> lamp

=== lamp "The Lamp" ===
{! The glass hums.|} The beam sweeps the sea. A ship turns toward it.
~ oil -= random(1, 2)
{oil > 0: You still have oil to spare.|The last of the oil is gone.}
* [Stay until dawn] -> END "The Keeper"
* {oil > 0} [Row out to the ship, {name}]
    The boat rocks as you push off.
    * * [Row hard]
        You row hard, and the rock falls behind.
    * * [Let the tide take you]
        The tide carries you out.
    - - (aboard) Hands reach down from the ship's rail.
    -> END "The Voyage"
* {oil > 0} [Go back down for more oil] -> shore

=== beacon ===
A fire on the rocks is a poor lighthouse, but it is yours. {lamp_lit: Two lights burn tonight.}

{keeper_bell()}
-> END "The Beacon"
