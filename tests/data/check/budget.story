// Far more states than a small budget: every stage of the checker runs (the first exact
// slice, IW(1), hunting walks, cone proofs, the rest of the exact search), so the report
// shows where each budget, counted in states and choices, cuts.
var a = 0
var b = 0

=== hub ===
+ [Raise a]
    ~ a += 1
    -> hub
+ [Raise b]
    ~ b += 1
    -> hub
+ {a * b > 400} [Leave by the gate] -> gate
+ [Quit] -> END "Quit"

=== gate ===
+ {a > b} [Go deep] -> deep
+ [Go out] -> END "Out"

=== deep ===
+ [Go home] -> END "Home"
