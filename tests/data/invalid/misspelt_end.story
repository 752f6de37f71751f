// expect: FP115 4:4
=== roof ===
Hello.
-> end "Night"
