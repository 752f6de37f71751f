// expect: FP215 4:12
var hunger = 1
=== roof ===
~ hunger = hunger / 0
{hunger}
-> END "Night"
