// expect: FP108 4:7
var x = 1
=== roof ===
~ x = 
{x}
-> END "Night"
