// Enumerations, from ink's documentation of lists used as states (WritingWithInk.md, "Lists:
// basic states" and "Reusing lists"): `LIST kettleState = cold, boiling, recently_boiled` is here
// an enumeration and a variable of it; ink's list also names the variable, here they are apart,
// so that two variables (the kettle and the pot) reuse one enumeration.
title: Kettle
enum heat = cold, boiling, recently_boiled
var kettle = cold
var pot = cold

=== kitchen ===
The kettle is {kettle}; the pot is {pot}.
* {kettle == cold} [Turn on kettle]
    The kettle begins to bubble and boil.
    ~ kettle = boiling
    -> kitchen
+ [Touch the kettle]
    {if kettle == cold}
    The kettle is cool to the touch.
    {else}
    The outside of the kettle is very warm!
    {end}
    -> kitchen
* {pot != kettle} [Pour the kettle into the pot]
    ~ pot = kettle
    ~ kettle = recently_boiled
    -> kitchen
* [Leave] -> END "Tea"
