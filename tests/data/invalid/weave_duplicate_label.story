// expect: FP220 6:4
=== cafe ===
- (order) You order a coffee.
* [Drink it]
    It is bitter.
- (order) You order another.
-> END "Awake"
