// expect: FP205 4:12
var hunger = 1
=== roof ===
~ hunger = hunger + true
{hunger}
-> END "Night"
