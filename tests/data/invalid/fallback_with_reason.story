// expect: FP311 5:1
var hunger = 1
=== roof ===
* [Go] -> roof
* {hunger > 0 else "no"} -> END "Night"
~ hunger += 1
