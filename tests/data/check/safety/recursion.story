// Built to break the proof: a recursive function whose depth grows with a counter a sticky
// loop raises; at 64 the runtime stops. (Called with a constant, recursion is unrolled and proved.)
title: Countdown
start: start

var n = 61
var depth = 0

=== function down(k) ===
{if k <= 0}
~ return 0
{end}
~ return down(k - 1) + 1

=== start ===
~ depth = down(n)
Counting {down(3)} and {depth}.
+ [Once more]
    ~ n = min(n + 1, 100)
    -> start
* [Done] -> END "Done"
