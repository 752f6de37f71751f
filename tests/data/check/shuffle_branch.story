// random() decides a branch; text shuffles only change the prose.
var coin = 0

=== toss ===
{~ You flip the coin.|The coin spins.|Up it goes.}
~ coin = random(1, 2)
{if coin == 1}
-> heads
{else}
-> tails
{end}

=== heads ===
Heads. {& Lucky.|Again?}
* [Take the prize] -> END "Win"

=== tails ===
Tails.
* [Walk away] -> END "Lose"
