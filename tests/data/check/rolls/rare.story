// Two rare draws in a row open the vault: about one game in a million, so no seed the checker
// tries draws both; its witnesses are replayed with `play --rolls` instead.
var first = false
var second = false

=== door ===
You try the lock.
~ first = random(1, 1000) == 417
* [Try the second lock]
    ~ second = random(1, 1000) == 417
    -> hall
* [Give up] -> END "Outside"

=== hall ===
{if first and second}
Both locks give.
* [Enter the vault] -> vault
{end}
* [Walk away] -> END "Outside"

=== vault ===
Gold, and dust.
* [Take the gold] -> END "Rich"
