// Proved: the interlude is only a way on through its return, and every call site's
// continuation reaches an ending (one of them through a second tunnel call).
=== start ===
* [Go left] -> left
* [Go right] -> right

=== left ===
-> interlude ->
-> END "Left"

=== right ===
-> interlude ->
+ [Rest again]
    -> interlude ->
    -> END "Rested"

=== interlude ===
+ [Catch your breath]
    ->->
