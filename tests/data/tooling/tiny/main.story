// A tiny story for transcript, stats and strings tests.
title: Tiny
start: hall
var gold = 1
var name = "you"

=== hall "The Hall" === #chapter: One
A cold hall. You have {gold} gold, {name}.
{gold > 1: You feel rich.|You feel poor.}

* [Open the red door] -> red
* [Open the blue door] -> blue
* {gold > 5 else "It is locked tight."} [Open the gold door] -> END "Riches"
+ [Wait] -> hall

=== red "The Red Room" ===
A red room. {> First time here.|Back again.}
~ gold += 1
* [Go back] -> hall
* [Sleep] -> END "Sleep"

=== blue ===
A blue room. The dice say {random(1, 6)}.
-> END "Blue"
