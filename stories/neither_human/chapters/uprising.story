// Chapter Six: the water tower.

=== uprising_gather "The Water Tower" === #chapter: Six: The Water Tower
Tower.
* {ally == "Tae-gyu" or humanity <= 3 else "They will not follow someone who still flinches."} [Take the lead] -> march
* [Go with them, and watch] -> march
* {humanity >= 5 else "You have no better idea to offer, and they can hear it."} [Argue for another way] -> argue

=== argue "Another Way" ===
Argue.
* {visits(raid_drain) > 0 or ally == "Seo"} [Ask who will come to the mountains with you] -> mountain_road
* {trust >= 5} [Say you will bring your friends to stand with them] -> friends_door
* -> march

=== march "Down the Hill" ===
~ hunger += 1
{if hunger >= HUNGER_MAX}
-> lost_self
{elif hunger >= 8}
-> hunger_fit ->
{end}
March.
* [Cut the fence] -> camp_gate
* {trust >= 4 else "Your friends would not know you, in the dark, among these others."} [Stand between them and the camp] -> standoff
* (warn) [Run ahead to warn On-jo]
    ~ suspicion += 1
    -> friends_door

=== camp_gate "The Fence Comes Down" ===
Gate.
-> night_ours

=== night_ours "The Night Belongs to Us" === #ending
Night.
-> END "The Night Belongs to Us"

=== standoff "Between" ===
Standoff.
* [Take the others into the mountains] -> mountain_road
* [Go to the fence, to On-jo] -> friends_door
