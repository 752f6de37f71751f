// expect: FP106 2:1
titel: Oops
=== roof ===
-> END "Night"
