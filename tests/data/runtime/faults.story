// Runtime fixture: faults a story can hit while running.
title: Faults
start: menu

var zero = 0
var depth = 0

=== menu ===
Pick a fault.
+ [Divide] -> divide
+ [Loop] -> spin
+ [Deep] -> deep
+ [Return] -> ret
+ [Loop by fallback] -> fb_loop
+ [Call properly] -> calls_ret

=== divide ===
Ten by zero is {10 / zero}.
~ depth = 10 / zero
-> menu

=== spin ===
-> spin2

=== spin2 ===
-> spin

=== deep ===
~ depth += 1
-> deep ->
->->

=== ret ===
Returning with no caller.
->->

=== fb_loop ===
Round and round.
+ -> fb_loop

=== calls_ret ===
-> ret ->
-> menu
