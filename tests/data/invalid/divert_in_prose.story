// expect: FP230 3:12, FP302 2:1
=== a ===
She waits. -> b
=== b ===
-> END "x"
