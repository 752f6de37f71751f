// expect: FP241 4:8, FP241 5:11, FP205 6:12
var hp = 3
=== camp ===
~ hp = max(hp)
You feel {abs(hp, 2)}.
~ hp = min(true, hp)
-> END "Rest"
