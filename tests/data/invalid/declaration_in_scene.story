// expect: FP131 3:1
=== a ===
var hunger = 2
You are hungry.
-> END "x"
