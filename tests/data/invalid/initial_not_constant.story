// expect: FP214 3:14
var hunger = 1
var thirst = hunger + 1
=== roof ===
~ thirst += hunger
~ hunger += thirst
-> END "Night"
