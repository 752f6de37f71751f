// expect: FP134 6:1
var x = 1
=== a ===
{cycle:
- I held my breath.
~ x = 1
- I waited.
}
{x}
-> END "x"
