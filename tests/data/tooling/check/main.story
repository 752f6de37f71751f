// A story with problems for `graph --check` (tests/test_graph.py): a scene
// nobody reaches, and a pair of rooms with no way out.
var key = false

=== yard ===
A yard.
* [Go into the maze] -> maze_a
* [Leave] -> END "Gone"

=== maze_a ===
Hedges.
+ [Turn left] -> maze_b

=== maze_b ===
More hedges.
+ [Turn right] -> maze_a
* {key} [Unlock the gate] -> yard

=== attic ===
Nobody comes up here.
~ key = true
-> yard
