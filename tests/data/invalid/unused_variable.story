// expect: FP208 2:5
var spare = 1
=== roof ===
-> END "Night"
