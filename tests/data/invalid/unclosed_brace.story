// expect: FP102 4:16
var hunger = 6
=== roof ===
The fire burns {hunger >= 5: you hear them.
-> END "Night"
