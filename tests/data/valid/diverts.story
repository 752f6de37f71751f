=== a ===
Before.
-> b

=== b ===
In b, visit {visits(b)}.
* [Back]
    Going back.
    -> a
* [Stop] -> END "Stopped"
