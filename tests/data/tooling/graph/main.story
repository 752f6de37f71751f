// Names and labels that break naive graph writers: scenes called `End`, `graph`, `subgraph`, `class`,
// quotes, brackets, pipes, angle brackets, backslashes and `#` in labels.
title: Graph "Quotes" & <Angles>
start: start
include "part.story"

var n = 0

=== start "The \"Start\"" ===
Begin.
* [Go to the end] -> End
* [Take a <path> | or # another] -> subgraph
+ [Loop \\ back] -> start
* -> graph

=== End ===
-> END "Done"

=== subgraph "A [bracketed] {title}" ===
-> class ->
~ n += 1
{if n > 1}
-> END "Twice"
{end}
* [Once more] -> subgraph
* -> End

=== graph ===
-> END "Done"
