// expect: FP310 3:1
=== roof ===
->->
