// Proved: glue, tags, temporaries and a function called for its effect change no control flow,
// so they pass through the proof like prose (a story with any of them was once left undecided).
var hp = 3

=== function hurt(n) ===
~ hp -= n
~ return hp

=== hall ===
The hall is cold <>
-> stair

=== stair ===
and the stair is colder. #mood: cold
~ temp left = hp - 1
~ hurt(0)
You have {left} breaths to spare.
* [Climb] -> hall
* [Rest] -> stair
* [Leave] -> END "Out"
