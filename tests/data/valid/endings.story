var brave = false
=== start ===
* [Fight]
    ~ brave = true
    -> win
* [Flee] -> END "The Coward"
* [Wait] -> also_win

=== win ===
{brave: You fought.|You did not fight.}
-> END "The Hero"

=== also_win ===
You waited, and it was enough.
-> END "The Hero"
