// expect: FP208 2:5
var nights = 3
=== roof ===
Night {nights}.
-> END "Night"
