// expect: FP303 4:1
=== roof ===
-> END "Night"
Never seen.
