// A dead end at run time: the only choice needs a torch nobody has.
var torch = false

=== cave ===
It is dark.
* {torch} [Light the way] -> END "Out"
