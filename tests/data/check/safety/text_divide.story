// Built to break "a complete search rules out runtime errors": the division is only in the
// text, which the search does not work out; the second choice leaves nobody to share with.
title: Shares
start: table

var guests = 2

=== table ===
The bread is cut in {12 / guests} pieces each.
* [Someone leaves]
    ~ guests -= 1
    -> table
* [Someone else leaves]
    ~ guests -= 1
    -> table
+ [Eat] -> END "Fed"
