// expect: FP320 7:5
=== cafe ===
* [Ask the waiter]
    * * [About the weather] -> cafe
    * * [About the bill]
        He shrugs.
    - - (shrug) He walks away.
* [Leave] -> END "Gone"
