// __TITLE__: a new Forking Paths story.
// Every kind of line the language has appears below once, with a comment that
// says what it does; the whole guide is docs/language.md in Forking Paths.
// Read it with `forkpaths play main.story`; check it with `forkpaths check`.

// The header: the story's title, author, first scene, other files, variables.
title: __TITLE__
author: __AUTHOR__
start: lane
include "chapters/clock.story"

var coins = 3 // a whole number
var has_key = false // true or false
var greeting = "stranger" // a "string"
const PRICE = 2 // a value that never changes

// A scene: `=== name "Display Title" ===`, then tags (`#key: value` or `#tag`).
=== lane "The Lane" === #chapter: One #mood: quiet
Rain taps on the awning of a small shop at the end of the lane.
Lines next to each other join into one paragraph.

A blank line starts a new one. _Italic_ and **bold** are shown as style.

* [Look in the window]
    // The lines under a choice are its body: shown after choosing it.
    The window is full of clocks, each showing a different time.
    -> lane
* -> door // no [text]: a fallback, taken by itself when nothing else is left

=== door "The Door" ===
{has_key: The door is unlocked.|The door is shut.} // shown when true|else
{~ A cat watches from the window.|A bell rings somewhere.|The rain stops.}
You have {coins} coins. // the value of a variable

* {not has_key} [Look under the mat] // hidden while the condition is false
    ~ has_key = true
    You find a small brass key.
    -> door
+ {has_key else "The door is locked."} [Go inside] -> shop // shown, greyed out, with a reason
+ [Count your coins] -> count // `+` is sticky: offered every time
* (walk_away) [Walk away] -> END "Just Passing" // (label): a stable name for saves

=== count ===
/* Alternatives: {> ...} is a sequence (stops at the last), {& ...} a cycle,
   {! ...} shows each once, {~ ...} shuffles from the story's seed. */
{> You count {coins} coins.|Still {coins}.|Counting will not make more.}
-> door

=== shop "The Shop" === #mood: warm
{if visits(shop) == 1}
The clockmaker looks up. "Welcome, {greeting}."
{elif coins >= PRICE}
"Back again? The music box is still here."
{else}
"Nothing here you can afford, I'm afraid."
{end}
{& Tick.|Tock.} It is turn {turn}.

* {coins >= PRICE else "It costs more than you have."} [Buy the music box]
    ~ coins -= PRICE
    The box plays a tune you almost remember.
    -> END "The Music Box"
* [Ask about the old clock] -> clock
+ [Leave the shop] -> door
