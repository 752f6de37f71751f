// Functions and temporaries, from ink's documentation (WritingWithInk.md, "Functions" and
// "Temporary Variables"): describe_health, a recursive power function, a function that gives
// no value (harm), and a temporary counting warm things. Ink writes `{ - x == 100: ... }`
// chains; here they are `{if}` / `{elif}` / `{else}` blocks. `max` is built in, so ink's
// example function of that name is called `larger` here.
title: Functions
var health = 40
var stamina = 5
var blanket = true
var ear_muffs = true
var gloves = false

=== function describe_health(x) ===
{if x == 100}
~ return "spritely"
{elif x > 75}
~ return "chipper"
{elif x > 45}
~ return "somewhat flagging"
{else}
~ return "despondent"
{end}

=== function larger(a, b) ===
{if a < b}
~ return b
{else}
~ return a
{end}

=== function exp(x, e) ===
// x to the power e, where e is a whole number
{if e <= 0}
~ return 1
{else}
~ return x * exp(x, e - 1)
{end}

=== function harm(x) ===
{if stamina < x}
~ stamina = 0
{else}
~ stamina = stamina - x
{end}

=== function say_yes_to_everything ===
~ return true

=== fogg ===
Monsieur Fogg was looking {describe_health(health)}.

The maximum of 2^5 and 3^3 is {larger(exp(2, 5), exp(3, 3))}.
* {say_yes_to_everything()} ['Yes.'] -> north_pole
* [Rest]
    ~ health = 80
    -> fogg

=== north_pole ===
~ temp number_of_warm_things = 0
{if blanket}
~ number_of_warm_things += 1
{end}
{if ear_muffs}
~ number_of_warm_things += 1
{end}
{if gloves}
~ number_of_warm_things += 1
{end}
{if number_of_warm_things > 2}
Despite the snow, I felt incorrigibly snug.
{else}
That night I was colder than I have ever been.
{end}
+ [Put on the gloves]
    ~ gloves = true
    -> north_pole
+ [Drop the blanket]
    ~ blanket = false
    -> north_pole
+ [Lose the ear muffs]
    ~ ear_muffs = false
    -> north_pole
+ {stamina > 0} [Trudge on]
    ~ harm(3)
    Stamina {stamina}; {number_of_warm_things} warm things still.
    -> north_pole
* [Sleep] -> END "Snug"
