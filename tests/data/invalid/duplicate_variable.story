// expect: FP204 3:5
var hunger = 1
var hunger = 2
=== roof ===
~ hunger += 1
{hunger}
-> END "Night"
