// expect: FP221 9:1
=== cafe ===
* [Sit down]
    You sit.
- (drink) You drink your coffee.
-> street

=== street ===
-> cafe.drinks
