// expect: FP203 4:1
=== roof ===
-> END "Night"
=== roof ===
-> END "Day"
