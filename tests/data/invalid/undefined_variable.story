// expect: FP201 3:1
=== roof ===
~ hunger += 1
-> END "Night"
