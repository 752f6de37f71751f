// Built to break the proof: the divisor reaches 0 on the third step.
title: Shares
start: table

var guests = 2
var share = 0

=== table ===
~ share = 12 / guests
Each gets {share}.
* [Someone leaves]
    ~ guests -= 1
    -> table
* [Someone else leaves]
    ~ guests -= 1
    -> table
* [Eat] -> END "Fed"
