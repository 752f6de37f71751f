// Chapter Seven: home, whatever that is.

=== friends_door "The Gap in the Fence" === #chapter: Seven: Home
-> memory_onjo ->
Door.
* {hunger < SAFE else "You can hear six hearts through the wire. You cannot go in like this."} [Let them hide you] -> storeroom
* {visits(camp_daesu) > 0 else "No one thought to bring you anything."} [Drink what Dae-su brought, then go in]
    ~ hunger = 2
    -> storeroom
* [Ask them to come with you to the mountains] -> mountain_road

=== storeroom "The Storeroom" ===
{if hunger >= 8}
-> hunger_fit ->
{end}
Storeroom.
* [Sleep] -> morning_count
* [Tell them everything]
    ~ trust += 1
    -> morning_count

=== morning_count "The Morning Count" ===
{suspicion >= 5: Dogs.|No dogs.}
* {hunger < SAFE else "The hunger is too close to the surface."} [Stay still among them, and trust them] -> rooftop_again
* [Go out the back alone, and lead the soldiers away] -> white_room

=== rooftop_again "The Roof, Again" === #ending
Roof.
-> END "Among Friends"

=== mountain_road "The Mountain Road" ===
Road.
* [Take the old logging road]
    ~ humanity += 1
    -> village
* [Follow the river] -> village

=== village "The Village Without Lights" === #ending
Village.
-> END "The Village Without Lights"
