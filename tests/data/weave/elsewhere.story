// ink's WritingWithInk.md, Part 4 §1, "Advanced: Tunnels can return elsewhere": `->-> target`
// leaves a tunnel for another place. Ink's `hurt(x)` takes a parameter; here the damage is a
// variable set before the call.
title: Tunnels can return elsewhere

var stamina = 8
var warp_lacells = false
var shield_generators = false

=== fall_down_cliff ===
-> hurt ->
You're still alive! You pick yourself up and walk on.
* [Walk on] -> fall_down_cliff
* [Talk to Jim] -> bridge

=== hurt ===
~ stamina -= 5
{if stamina <= 0}
    ->-> youre_dead
{end}
->->

=== youre_dead ===
Suddenly, there is a white light all around you. Fingers lift an eyepiece from your forehead. 'You lost, buddy. Out of the chair.'
-> END "Lost"

=== bridge ===
-> talk_to_jim ->
-> END "Talked"

=== talk_to_jim ===
- (opts)
* [Ask about the warp lacelles]
    -> warp ->
* [Ask about the shield generators]
    -> shields ->
* [Stop talking] ->->
- -> opts

=== warp ===
{if shield_generators}
    ->-> argue
{end}
~ warp_lacells = true
"Don't worry about the warp lacelles. They're fine."
->->

=== shields ===
{if warp_lacells}
    ->-> argue
{end}
~ shield_generators = true
"Forget about the shield generators. They're good."
->->

=== argue ===
"What's with all these questions?" Jim demands, suddenly.
->->
