// expect: FP206 4:10
var told = false
=== roof ===
~ told = "yes"
{told: Told.}
-> END "Night"
