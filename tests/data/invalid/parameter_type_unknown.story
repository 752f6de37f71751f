// expect: FP249 2:1
=== function same(v) ===
~ return v

=== camp ===
Hello.
-> END "Rest"
