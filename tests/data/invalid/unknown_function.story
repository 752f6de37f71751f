// expect: FP240 5:8, FP240 6:20
var hp = 3
=== camp ===
// a slip of the finger, and a function the story never declares
~ hp = maxx(hp, 1)
You have {hp} and {heal(hp)}.
-> END "Rest"
