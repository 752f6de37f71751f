// expect: FP118 2:9
var n = 123456789012345678901234567890
=== roof ===
~ n += 1
{n}
-> END "Night"
