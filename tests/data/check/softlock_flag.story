// A loop whose only exit needs a flag that can no longer be set: once the
// bridge is burnt, the reader walks between the camp and the woods forever.
var bridge = true

=== camp ===
The fire crackles.
+ {bridge} [Cross the bridge] -> far_side
* [Burn the bridge]
    ~ bridge = false
    -> camp
+ [Walk into the woods] -> woods

=== woods ===
Trees, and more trees.
+ [Go back to the camp] -> camp

=== far_side ===
-> END "Home"
