// Proved by the hub rule: once-only visits that come back, and a way out that is always
// there once they are used up (the fallback); the room is entered by one once-only choice.
var seen = 0

=== hall ===
* [Visit the study]
    ~ seen += 1
    -> hall
* [Visit the attic] -> attic
* {seen > 0} [Sit by the fire] -> hall
* -> END "Done"

=== attic ===
* [Read the letters] -> hall
* [Leave them] -> hall
