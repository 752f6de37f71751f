// A counter only compared with a constant would be saturated, but each step adds a constant
// so large that the fourth one passes the 64-bit limit: the search must keep it exact.
const BIG = 300000000000000000 * 10
var u = 0

=== a ===
+ [Add]
    ~ u += BIG
    -> a
+ {u > 5} [Out] -> END "Out"
