// Chapter Four: hunger.

=== ruins_day "Daylight" === #chapter: Four: Hunger
~ hunger += 1
{if hunger >= 8}
-> hunger_fit ->
{end}
Day.
* [Follow the trucks' tracks toward the edge of the city]
    ~ suspicion += 1
    -> conscript
* [Stay in the shadows until dark]
    ~ hunger += 1
    -> conscript

=== conscript "The Conscript" ===
~ hunger += 2
Conscript.
* {hunger < 8 else "There is nothing in you but the smell of his blood."} [Bind his leg] -> conscript_help
* [Drink] -> conscript_bite
* [Leave him for his unit to find] -> conscript_leave

=== conscript_help "Tourniquet" ===
~ humanity += 1
~ knows_lab = true
{if humanity >= 7}
~ knows_ship = true
Ship.
{end}
Help.
-> memorial_find

=== conscript_bite "The Taste of It" ===
~ hunger = 2
~ humanity -= 3
~ suspicion += 2
Bite.
-> memorial_find

=== conscript_leave "Far Enough Away" ===
~ hunger += 1
~ suspicion += 1
Leave.
-> memorial_find

=== memorial_find "What On-jo Left" ===
-> memory_onjo ->
{if gift == "blood"}
~ hunger -= 2
Blood.
{else}
Notebook.
{end}
* [Write back on the back of her note]
    ~ trust += 1
    -> crossroads
* [Keep it, and say nothing] -> crossroads

=== crossroads "Where the Roads Go" ===
{if hunger >= HUNGER_MAX or humanity <= 0}
-> lost_self
{end}
Roads.
* [Go to the water tower, where Tae-gyu is gathering the others] -> uprising_gather
* {knows_lab else "You do not know where they took Ms. Seo."} [Go to the reservoir] -> reservoir_approach
* {trust >= 6 else "You have not given them a reason to open the fence for you."} [Go to your friends] -> friends_door
* {visits(raid_drain) > 0 else "Ye-eun is gone, and no one else would follow you."} [Take Ye-eun into the mountains] -> mountain_road
