// Built to break the proof: a tunnel that calls itself; the 65th call passes the runtime's depth.
title: Stairs Down
start: top

=== top ===
-> down ->
-> END "Back"

=== down ===
One more flight.
+ [Go deeper]
    -> down ->
    ->->
+ [Climb back]
    ->->
