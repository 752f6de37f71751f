// A soft-lock found early, in a story whose counter keeps every state new: the search stops at
// its bound with the soft-lock found and the rest undecided. Built to catch the report saying
// "soft-locks are proved absent" beside the soft-lock it found.
var n = 0

=== a ===
~ n += 1
+ {n % 7 == 3} [Rest] -> a
+ [Again] -> a
+ [Trap] -> pit
+ [Leave] -> END "Out"

=== pit ===
Stuck.
+ [Wait] -> pit
