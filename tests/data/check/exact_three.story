// A division by zero only after the counter is pushed to exactly three, with
// distractions on the way: the fuzzer must shrink the failure to three pushes.
var pushes = 0
var noise = 0

=== lever ===
The lever creaks.
+ [Push the lever]
    ~ pushes += 1
    -> lever
+ [Look around]
    ~ noise += 1
    -> lever
+ {pushes == 3} [Pull the brake] -> brake
+ [Walk away] -> END "Gone"

=== brake ===
~ noise = 10 / (pushes - 3)
The brake holds.
-> END "Stopped"
