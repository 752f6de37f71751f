// Breaks a proof that takes a once-only choice as always there: the room is entered twice
// (by two once-only choices), and the second time its only choice is used up.
=== start ===
* [Open the red door] -> room
* [Open the blue door] -> room
* -> END "Home"

=== room ===
* [Back to the doors] -> start
