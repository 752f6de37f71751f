// expect: FP211 2:5
var turn = 1
=== roof ===
-> END "Night"
