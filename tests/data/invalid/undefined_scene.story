// expect: FP202 4:8
=== roof ===
Hello.
* [Go] -> stair
=== stairs ===
-> END "Night"
