// expect: FP105 2:9
=== the roof ===
Hello.
-> END "Night"
