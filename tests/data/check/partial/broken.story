// A story with four errors, each of a kind recovery neutralises: a divert to a scene that does
// not exist (a statement), an ill-typed effect (a statement, and the rest of its scene), an
// undefined name in a choice's condition (the choice point), and a line that does not parse (its
// scene). FIX_* markers are where tests/test_check_partial.py writes fixes.
title: Half Broken
start: gate

var gold = 0
var key = false

=== gate ===
You stand at the gate.
* [Knock] -> yard
* [Climb] -> yrad
* [Leave] -> END "Home"

=== yard ===
~ gold += 1
The yard is empty.
* [Dig] -> cellar
* [Rest] -> END "Rested"
* [Look for a key]
    ~ key = true
    -> shed

=== shed ===
~ gold += "five"
The shed smells of oil.
* [Back] -> yard

=== cellar ===
Stairs go down into the dark.
* {gold > nosuch} [Take the coins] -> END "Rich"
* [Climb out] -> yard
* -> secret

=== secret ===
Nobody has been here for years.
-> END "Secret"

=== vault ===
{if key
The vault door is open.
-> END "Vault"
