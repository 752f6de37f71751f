// Included twice (by one.story and by deeper/two.story): read once.
var steps = 0

=== shared_end ===
The end, {steps} steps.
-> END "Joined"
