// expect: FP140 3:9
=== camp ===
~ temp x += 1
{x}
-> END "Rest"
