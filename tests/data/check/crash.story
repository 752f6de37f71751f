// Spending the last coin leads to a division by zero.
var coins = 1

=== shop ===
* [Spend a coin]
    ~ coins -= 1
    -> share
* [Keep it] -> END "Saver"

=== share ===
~ coins = 10 / coins
You share out {coins}.
-> END "Shared"
