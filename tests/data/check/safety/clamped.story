// Proved: every counter is bounded, though a sticky loop runs forever. hunger is clamped by
// min/max (the value analysis alone widens it to any value); rank only grows under a guard;
// the once-only chain adds a bounded number of steps to trust.
title: Clamped
start: gate

var hunger = 5
var rank = 0
var trust = 0

=== gate ===
You stand at the gate.
* [Knock] -> yard
* [Climb] -> yard

=== yard ===
~ trust += 2
The yard is empty. Hunger {hunger}, rank {rank}, trust {trust}.
-> hub

=== hub ===
{if rank < 100}
~ rank += 7
{end}
{hunger >= 9: You are starving.|You can wait.} {trust * 3} friends, {100 / (rank + 1)} chances.
+ [Wait] 
    ~ hunger = min(hunger + 3, 10)
    -> hub
+ [Eat]
    ~ hunger = max(hunger - 4, 0)
    -> hub
* [Help a friend]
    ~ trust += 5
    -> hub
+ {hunger < 9} [Leave] -> END "Gone"
+ [Give up] -> END "Starved"
