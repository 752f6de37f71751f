// A soft-lock after a once-only choice is used up: go out, come back in, and
// the only way out is gone; waiting loops forever.
=== hub ===
You are in the hut.
+ [Wait] -> hub
* [Go out] -> yard

=== yard ===
The yard is cold.
* [Back in] -> hub
* [Run for the road] -> END "Free"
