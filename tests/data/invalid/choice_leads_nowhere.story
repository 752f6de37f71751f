// expect: FP301 3:1
=== roof ===
* [Go]
    You go.
* [Stay] -> END "Night"
