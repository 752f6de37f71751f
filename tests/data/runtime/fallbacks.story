// Runtime fixture: fallbacks, once-only choices running out, stuck.
title: Fallbacks
start: room

var tries = 0

=== room ===
Room, try {tries}.
* [First] 
    ~ tries += 1
    -> room
* [Second]
    ~ tries += 1
    -> room
* -> hallway

=== hallway ===
The hallway. Nothing to choose here.
* -> end_scene

=== end_scene ===
{tries == 2: Both tried.}
-> END "Done"

=== stuck ===
Nothing here.
* {tries > 99} [Impossible] -> room
