// expect: FP103 4:1
=== roof ===
Hello.
*
* [Go] -> roof
