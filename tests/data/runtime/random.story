// Runtime fixture: random() in effects, conditions and text.
title: Dice
start: roll

var d = 0
var total = 0

=== roll ===
~ d = random(1, 6)
~ total += d
You rolled {d}; the total is {total}. A text die says {random(1, 100)}.
* {random(1, 2) == 1} [Lucky] -> roll
+ [Roll] -> roll
* {total > 30} [Stop] -> END "Enough"
