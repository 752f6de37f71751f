// Alternatives, after ink's manual (WritingWithInk.md, "Multiline blocks" and
// "Advanced: modified shuffles"): a block over several lines for each kind, and the
// shuffles that deal every branch once. Sequences and shuffles keep a counter each.
title: Alternatives

=== casino ===
{ stopping:
- I entered the casino.
- I entered the casino again.
- Once more, I went inside.
}
{ cycle:
- I held my breath.
- I waited impatiently.
- I paused.
}
{ once:
- Would my luck hold?
- Could I win the hand?
}
{ shuffle once:
- The sun was hot.
- It was a hot day.
}
{ shuffle stopping:
- A silver BMW roars past.
- A bright yellow Mustang takes the turn.
- There are like, cars, here.
}
+ [Again] -> casino
* [Leave] -> END "Out"
