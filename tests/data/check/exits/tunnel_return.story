// Breaks a proof that joins every `->->` into one: the interlude's only way on is its return,
// which is good from `left` (an ending follows) and a trap from `right`.
=== start ===
* [Go left] -> left
* [Go right] -> right

=== left ===
-> interlude ->
-> END "Left"

=== right ===
-> interlude ->
-> pit

=== interlude ===
+ [Catch your breath]
    ->->

=== pit ===
+ [Climb] -> pit
