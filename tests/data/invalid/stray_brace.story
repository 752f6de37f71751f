// expect: FP107 3:21
=== roof ===
The fire has burned } down.
-> END "Night"
