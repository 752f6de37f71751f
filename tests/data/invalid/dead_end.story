// expect: FP302 2:1
=== roof ===
The fire burns.
