// expect: FP250 8:8
var hp = 3
=== function harm(n) ===
// no `~ return`: it changes hp and gives nothing back
~ hp -= n

=== camp ===
~ hp = harm(1)
~ harm(1)
{hp}
-> END "Rest"
