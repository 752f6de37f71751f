// No loops: every ending has a longest path (tests/test_stats.py).
var brave = false

=== gate "The Gate" ===
Two roads leave the gate.
* [Take the high road] -> high
* [Take the low road] -> low

=== high ===
Wind. {brave: You stand tall.}
* [Climb the tower]
    ~ brave = true
    -> tower
* [Go home] -> END "Home"

=== tower ===
The whole valley lies below you.
-> low

=== low ===
A river crossing.
* {brave} [Swim across] -> END "Across"
* [Turn back] -> END "Home"
