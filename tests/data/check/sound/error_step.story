// A step that passes through `b`'s choice and scene `c`, then fails: what it passed through is reached.
var z = 0
=== a ===
+ [go] -> b
+ [stay] -> END "x"

=== b ===
* [pass through c and fail]
    -> c

=== c ===
~ z = 1 / z
+ [never] -> END "y"
