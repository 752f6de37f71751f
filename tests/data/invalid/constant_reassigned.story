// expect: FP207 5:1
const NIGHTS = 3
=== roof ===
{NIGHTS} nights left.
~ NIGHTS = 4
-> END "Night"
