// turns_since(scene), from ink's TURNS_SINCE (WritingWithInk.md, "Game Queries and Functions"):
// 0 means the scene was seen as part of the current chunk, -1 that it was never seen, any
// other number how many turns (choices) ago it was last seen. Also min, max and abs.
title: Turns since
var mirth = 0

=== hall ===
Someone tells a joke. Turns since you laughed: {turns_since(laugh)}.
+ [Laugh] -> laugh
+ [Listen]
    ~ mirth = max(mirth - 1, -2)
    -> hall
* {turns_since(laugh) == 0} [Try to stop laughing] -> stop
* {turns_since(laugh) > 2} [Yawn] -> END "Asleep"

=== laugh ===
~ mirth = min(mirth + 2, 3)
You laugh out loud. Mirth {mirth}, {abs(mirth - 3)} short of helpless.
-> hall

=== stop ===
You try to stop laughing, and fail.
-> END "Giggles"
