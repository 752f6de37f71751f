// A tunnel called from two places; its once-only choices are shared between calls.
=== start ===
* [Ask the oracle]
    -> oracle ->
    -> crossroads

=== crossroads ===
* [Ask again]
    -> oracle ->
    -> END "Wise"
* [Leave] -> END "Fool"

=== oracle ===
The oracle speaks {visits(oracle)} times.
* [Listen]
    ->->
* [Ignore]
    ->->
* -> fallen

=== fallen ===
The oracle has nothing left to say.
-> END "Silenced"
