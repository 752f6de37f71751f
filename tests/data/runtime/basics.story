// Runtime fixture: prose, paragraphs, choices, once-only and sticky, conditions, reasons.
title: Basics
start: hall

var coins = 0
var door_open = false
var name = "Min-ji"
const PRICE = 2

=== hall "The Hall" === #chapter: One
You stand in the hall, {name}.
Hard line breaks
join into one paragraph.

You have {coins} coins. This is visit {visits(hall)}, turn {turn}.
{coins >= PRICE: You can afford the key.|You cannot afford the key.}

* (coin) [Pick up a coin]
    ~ coins += 1
    A coin glints.
    -> hall
+ [Pick up another coin]
    ~ coins += 1
    -> hall
* {coins >= PRICE else "The key costs two coins."} [Buy the key]
    ~ coins -= PRICE
    ~ door_open = true
    -> door
* {door_open} [Open the door] -> door
* {coins > 100} [Hidden forever] -> door

=== door "The Door" === #chapter: Two
{door_open: The door swings open.|The door is shut.}
Some **bold** and _italic_ words.
* [Go through] -> END "Through the Door"
* [Go back] -> hall
