// expect: FP307 4:1
=== roof ===
-> END "Night"
* [Go] -> roof
