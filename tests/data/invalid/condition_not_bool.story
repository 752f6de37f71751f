// expect: FP212 4:4
var hunger = 1
=== roof ===
* {hunger} [Eat] -> END "Night"
~ hunger += 1
