// expect: FP101 5:3
var n = 1
=== roof ===
{n}
~ = 3
-> END "Night"
