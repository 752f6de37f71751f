// expect: FP104 4:3
=== roof ===
Hello.
* [Go home -> roof
