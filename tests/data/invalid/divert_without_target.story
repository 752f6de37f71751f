// expect: FP109 4:3
=== roof ===
Hello.
->
