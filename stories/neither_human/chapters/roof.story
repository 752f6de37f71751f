// Chapter One: the roof of Hyosan High.

=== fire "The Fire on the Roof" === #chapter: One: The Roof
Fire.
* (jar) [Drink from the jar of pig's blood]
    ~ hunger -= 2
    -> footsteps
* [Go to the edge and watch the girl at the memorial]
    ~ hunger += 2
    ~ humanity += 1
    -> footsteps
* [Feed the fire until it leaps]
    ~ suspicion += 1
    ~ trust += 1
    -> footsteps

=== footsteps "Six Hearts on the Stairs" ===
Footsteps.
* [Stay by the fire and let them come] -> reunion
* {hunger < SAFE else "Six hearts, all of them loud. You would not trust yourself on a narrow stair."} [Go down to meet them on the stairs]
    ~ trust += 1
    -> reunion
* [Hide behind the water tank and watch] -> watch_them

=== watch_them "From Behind the Water Tank" ===
~ hunger += 1
Watching.
-> memory_class ->
-> reunion

=== reunion "Reunion" ===
{> First.|Second.|Third.|Fourth.}
* {hunger < SAFE else "On-jo's pulse is in your teeth. Not yet."} [Let On-jo come close] -> close
* [Ask Ha-ri where Woo-jin is] -> hari_grief
* [Answer Su-hyeok's question] -> suhyeok_question
+ [Tell them why you lit the fire] -> the_others_talk

=== close "Close Enough to Hear" ===
~ hunger += 1
Close.
* [Hold her hand]
    ~ trust += 1
    -> reunion
* [Let her talk, and only listen]
    ~ humanity += 1
    -> reunion

=== hari_grief "Yangdong" ===
~ humanity += 1
Ha-ri.
* [Tell her he was brave] -> reunion
* [Say nothing, and sit with her]
    ~ trust += 1
    -> reunion

=== suhyeok_question "What Su-hyeok Asks" ===
Su-hyeok.
* [Tell him the truth: you don't know]
    ~ trust += 1
    -> reunion
* [Promise him you never would] -> reunion

=== the_others_talk "A Few Others" ===
Others.
* [Tell them where the others hide]
    ~ told_friends = true
    ~ trust += 1
    -> theyre_back
* [Keep the others' secret] -> theyre_back

=== theyre_back "They're Back" ===
~ hunger += 1
Back.
* (jump) [Jump] -> leap
* {trust >= 4 else "You have not given them enough to hold a promise."} [Promise On-jo you will come back]
    ~ trust += 1
    -> leap

=== leap "Four Storeys" ===
Leap.
-> night_run
