// A scene gated by a flag that is never set: the vault is unreachable.
var has_key = false
var coins = 0

=== hall ===
You stand in a hall with a locked vault door.
* [Count your coins]
    ~ coins += 1
    -> hall
* {has_key} [Open the vault] -> vault
* [Leave] -> END "Empty-Handed"

=== vault ===
Gold everywhere. You have {coins} coins of your own.
-> END "Rich"
