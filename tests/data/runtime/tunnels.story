// Runtime fixture: tunnels, nested tunnels, a tunnel with choices, return into a conditional block.
title: Tunnels
start: a

var n = 0

=== a ===
Start of a.
-> t1 ->
Back in a.
{if n == 0}
Inside the if.
-> t2 ->
After the second tunnel, still inside the if.
{end}
End of a body.
+ [Again] -> a
* [Leave] -> END "Left"

=== t1 ===
In t1.
-> t3 ->
Back in t1.
->->

=== t2 ===
In t2, a tunnel with choices.
* [Left] 
    Going left.
    ~ n += 1
    ->->
* [Right]
    Going right.
    ->->

=== t3 ===
In t3.
->->
