// expect: FP209 2:8
start: nowhere
=== roof ===
-> END "Night"
