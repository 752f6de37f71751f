// expect: FP210 4:1
=== roof ===
* (go) [Go home] -> roof
* (go) [Go to the stairs] -> END "Night"
