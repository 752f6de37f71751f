// expect: FP116 7:15
var x = 1
=== roof ===
{if x > 0}
Big.
~ x += 1
-> END "Night"
=== other ===
-> END "Other"
