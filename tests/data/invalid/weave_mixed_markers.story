// expect: FP120 5:5
=== roof ===
* [Look down]
    The street is empty.
    * + [Jump] -> END "Fall"
* [Go in] -> END "Night"
