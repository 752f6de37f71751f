// Chapter Five: Building Nine, at the reservoir.

=== reservoir_approach "The Reservoir" === #chapter: Five: Building Nine
Reservoir.
* [Go in through the spillway] -> spillway
* [Walk up to the gate with your hands raised]
    ~ suspicion += 2
    -> white_room

=== spillway "The Spillway" ===
Spillway.
{if random(1, 6) <= suspicion}
Caught.
-> white_room
{end}
-> lab_corridor

=== lab_corridor "Building Nine" ===
{if suspicion >= 8}
Alarm.
-> white_room
{end}
{> Corridor.|Corridor again.|Corridor later.|Corridor last.}
* [Try the cold room at the end of the corridor]
    ~ suspicion += 1
    -> cold_room
* [Try the office with the light on]
    ~ suspicion += 1
    -> lab_office
* [Try the sealed door with the small window]
    ~ suspicion += 1
    -> teachers_son
+ [Go, while you still can] -> lab_exit

=== cold_room "The Cold Room" ===
Cold room.
* [Promise to come back for her]
    ~ humanity += 1
    -> lab_corridor
* [Ask her what they have found] -> lab_corridor

=== lab_office "The Office" ===
~ knows_ship = true
Office.
* [Let Dr. Han talk]
    ~ humanity += 1
    -> lab_corridor
* [Take the manifest and go]
    ~ suspicion += 1
    -> lab_corridor

=== teachers_son "The Sealed Room" ===
Son.
-> memory_class ->
* [Put your hand on the glass]
    ~ humanity += 1
    -> lab_corridor
* [Turn away] -> lab_corridor

=== lab_exit "What You Carry Out" ===
Exit.
* {humanity >= 7 else "You do not trust what is left of you enough to give it away."} [Find Dr. Han, and offer yourself on your own terms] -> willing_terms
* {knows_ship else "You do not know where the samples are going."} [Follow the samples south to Busan] -> busan_road
* {visits(lab_office) > 0 and trust >= 4 else "You have nothing to show them, or no one to show it to."} [Take the files to On-jo] -> broadcast
* {visits(cold_room) > 0 else "You have not found where they keep her."} [Break Ms. Seo out]
    ~ suspicion += 2
    -> mountain_road
+ [Run for the spillway] -> white_room

=== white_room "The White Room" ===
White room.
* {humanity >= 5 else "There is not enough of you left to promise."} [Bargain: your blood, freely given, for their freedom] -> willing_terms
* [Do what the Major asks] -> handler
* [Refuse, and wait] -> starving

=== starving "Seventy Hours" ===
~ hunger += 3
Starving.
* {hunger < HUNGER_MAX else "There is nothing left in you to hold on with."} [Hold on, and count the heartbeats outside the door] -> willing_terms
+ [Let go] -> lost_self

=== willing_terms "Terms" ===
Terms.
-> treatment

=== treatment "The Willing" === #ending
Treatment.
-> END "The Willing"

=== handler "The Handler" ===
Handler.
-> asset_nine

=== asset_nine "Asset Nine" === #ending
Asset.
-> END "Asset Nine"

=== busan_road "South" ===
South.
-> port

=== port "Pier Seven" ===
Port.
* {trust >= 4 else "There is no one who would believe you, and no one you could call."} [Call On-jo from the harbour office] -> broadcast
+ [Follow the container onto the ferry] -> crossing

=== crossing "Across the Strait" === #ending
Crossing.
-> END "Across the Strait"

=== broadcast "Live from Hyosan" === #ending
Broadcast.
-> END "Live from Hyosan"
