var hunger = 8
var told = false
=== a ===
{if hunger >= 7}
The smell fills your head.
~ hunger += 1
{elif told}
On-jo watches.
{else}
Nothing stirs.
{end}
{if hunger > 100}
-> never
{end}
Hunger {hunger}.
+ [Calm down]
    ~ hunger = 2
    {if not told}
        ~ told = true
        {if hunger < 5}
        Nested.
        {end}
    {end}
    -> a
* [Leave]
    {if told}
    -> END "Told"
    {else}
    -> END "Silent"
    {end}

=== never ===
-> END "Never"
