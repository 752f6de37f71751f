// Breaks a proof that trusts a gated exit: `Leave` needs `key`, which the reader may
// never pick up. Waiting then loops forever: a soft-lock.
var key = false

=== start ===
* [Pick up the key]
    ~ key = true
    -> hall
* [Leave it] -> hall

=== hall ===
+ [Wait] -> hall
+ {key} [Leave] -> END "Out"
