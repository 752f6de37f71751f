// expect: FP309 5:1
=== roof ===
* [Go] -> roof
* -> END "Night"
* -> END "Day"
