// ink's WritingWithInk.md: options inside conditional blocks (Part 3, "Conditional blocks
// are not limited to logic"), tunnels chained on one line and `->->` as an option's way on
// (Part 4 §1, "Tunnels run sub-stories" and "Tunnels can return elsewhere"). Ink prints the text of an option line after it
// is chosen; here that text is the first line of the choice's body.
title: Options in blocks, tunnel chains

var door_open = false

=== compartment ===
I stared at Monsieur Fogg.
{if door_open}
    * [I strode out of the compartment]
        I strode out of the compartment and I fancied I heard my master quietly tutting to himself.
        -> go_outside
{else}
    * [I asked permission to leave]
        I asked permission to leave and Monsieur Fogg looked surprised.
        -> open_door
    * [I stood and went to open the door]
        I stood and went to open the door. Monsieur Fogg seemed untroubled by this small rebellion.
        -> open_door
{end}

=== open_door ===
~ door_open = true
The door stands open.
-> compartment

=== go_outside ===
-> crossing_the_date_line -> check_foggs_health -> night_time

=== crossing_the_date_line ===
* ["Monsieur!"]
    "Monsieur!" I declared with sudden horror. "I have just realised. We have crossed the international date line!"
- Monsieur Fogg barely lifted an eyebrow. "I have adjusted for it."
* [I mopped the sweat from my brow]
    I mopped the sweat from my brow. A relief!
* [I nodded, becalmed]
    I nodded, becalmed. Of course he had!
- ->->

=== check_foggs_health ===
He looks well.
->->

=== night_time ===
The dark grass is soft under your feet.
+ [Sleep]
    -> sleep_here -> wake_here -> day_time

=== day_time ===
It is time to move on.
-> talk_to_jim ->
-> END "Onwards"

=== talk_to_jim ===
- (opts)
* [Ask about the warp lacelles]
    -> warp_lacells ->
* [Ask about the shield generators]
    -> shield_generators ->
* [Stop talking] ->->
- -> opts

=== warp_lacells ===
"Don't worry about the warp lacelles. They're fine."
->->

=== shield_generators ===
"Forget about the shield generators. They're good."
->->

=== wake_here ===
You wake as the sun rises.
+ [Eat something]
    -> eat_something ->
+ [Make a move]
- ->->

=== eat_something ===
You eat.
->->

=== sleep_here ===
You lie down and try to close your eyes.
-> monster_attacks ->
Then it is time to sleep.
-> dream ->
->->

=== monster_attacks ===
Nothing attacks.
->->

=== dream ===
You dream of the sea.
->->
