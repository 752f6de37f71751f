// A counter read in arithmetic grows without bound: the exact search cannot finish.
var n = 0

=== loop ===
~ n = n + 1
+ {n * n != 2} [Again] -> loop
+ [Stop] -> END "Done"
