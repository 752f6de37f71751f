// expect: FP205 4:2
var name = "On-jo"
=== roof ===
{name == 3: Three.}
~ name += "!"
-> END "Night"
