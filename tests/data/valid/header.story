// The header: title, author, start, variables and constants.
title: The Night Watch
author: A. Writer
start: gate

var lit = false
var oil = 2
var keeper = "Min-ji"
const NIGHTS = 3
const WATCHES = NIGHTS * 2 + 1

=== yard ===
You are in the yard. Oil: {oil}. Lit: {lit}. Keeper: {keeper}.
-> END "Yard"

=== gate "The Gate" ===
{keeper} keeps the gate for {NIGHTS} nights ({WATCHES} watches). Oil: {oil}. Lit: {lit}.
~ oil += 1
~ lit = true
~ keeper = "Su-ho"
-> yard
