// Chapter Two: the others, under Hyosan Station.

=== night_run "Burned Streets" === #chapter: Two: The Others
Run.
* [Lead the drone away from the school]
    ~ suspicion += 1
    ~ hunger += 1
    ~ humanity += 1
    -> den
* [Go to ground at once] -> den

=== den "Under the Station" ===
Den.
-> den_hub

=== den_hub "The Arcade" ===
{if hunger >= 8}
-> hunger_fit ->
{end}
{> Hub first.|Hub again.|Hub later.}
* [Talk with Tae-gyu] -> taegyu_talk
* [Sit with Ms. Seo and her ledger] -> seo_ledger
* [Find Ye-eun] -> yeeun
* [Go up to hunt before dawn] -> hunt
+ {visits(taegyu_talk) + visits(seo_ledger) + visits(yeeun) > 0 else "You have only just come. Sit with someone first."} [Sleep until dusk] -> dusk_raid

=== taegyu_talk "Tae-gyu" ===
Tae-gyu.
* [Tell him they owe you nothing, and you owe them less]
    ~ ally = "Tae-gyu"
    ~ humanity -= 1
    -> den_hub
* [Tell him you still have friends up there]
    ~ humanity += 1
    -> den_hub

=== seo_ledger "The Ledger" ===
Seo.
* [Let her draw your blood for the ledger]
    ~ ally = "Seo"
    ~ humanity += 1
    -> den_hub
* [Ask her where the trucks take the ones they catch]
    ~ knows_lab = true
    -> den_hub

=== yeeun "Ye-eun" ===
Ye-eun.
* [Hold her through the fit]
    ~ hunger += 1
    ~ humanity += 1
    -> den_hub
* [Give her the last of your jar]
    ~ hunger += 2
    ~ humanity += 2
    -> den_hub

=== hunt "Above Ground" ===
Hunt.
{if random(1, 6) <= 2}
-> hunt_freezer
{elif random(1, 2) == 1}
-> hunt_dog
{end}
-> hunt_empty

=== hunt_freezer "The Butcher's Freezer" ===
~ hunger = 1
Freezer.
-> den_hub

=== hunt_dog "The Dog" ===
Dog.
* [Let the dog go]
    ~ hunger += 1
    ~ humanity += 1
    -> den_hub
* [Take it]
    ~ hunger = 2
    ~ humanity -= 1
    -> den_hub

=== hunt_empty "Nothing Moving" ===
~ hunger += 1
Empty.
-> den_hub

=== dusk_raid "Dusk" ===
Raid.
* [Fight beside Tae-gyu] -> raid_fight
* {hunger < 8 else "Your legs are water. You could not carry her."} [Carry Ye-eun out through the storm drain] -> raid_drain
* [Run] -> raid_flee

=== raid_fight "Teeth and Batons" ===
~ suspicion += 2
~ hunger += 2
{if ally == "none"}
~ ally = "Tae-gyu"
{end}
Fight.
-> after_raid

=== raid_drain "The Storm Drain" ===
~ humanity += 1
Drain.
-> after_raid

=== raid_flee "Alone in the Dark" ===
~ humanity -= 1
Flee.
-> after_raid

=== after_raid "What Is Left" ===
{visits(raid_drain) > 0: Ye-eun safe.|Ye-eun gone.}
-> camp_morning
