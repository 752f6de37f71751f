// expect: FP132 5:7
var a = false
const b = true
=== s ===
~ a = not a == b
{a: yes|no}
-> END "x"
