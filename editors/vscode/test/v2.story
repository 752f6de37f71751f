// Language v2 as the grammar highlights it (tests/test_editors.py tokenises this file).
title: Version two
enum mood = calm, tense
var coins = 0
var moods = set(calm)

=== function double(n, m) ===
~ temp twice = n * 2
~ return twice + m

=== external chime(times) ===
~ return times * 2

=== cafe ===
The room is warm <>
and loud. #mood: busy #noise
{ shuffle once:
    - A cup rattles.
    - Someone laughs {~! once|twice}.
}
* (drink) [Order a drink] #price: 3
    * * [Tea] You sip.
    * * [Coffee] -> cafe.drink
- - (settled) You settle in, {count(moods)} mood, {turns_since(cafe)} turns in.
-> errand ->
~ coins += double(coins, 1)
~ moods += tense
- (leave) -> END "Out"

=== errand ===
You run the errand.
->-> cafe.leave
