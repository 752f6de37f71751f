// Chapter Three: On-jo, in the quarantine camp.

=== camp_morning "Morning in the Camp" === #chapter: Three: On-jo #viewpoint: On-jo
Morning.
-> interrogation

=== interrogation "Room Four" ===
Question {turn}.
* [Tell him she died in Yangdong]
    ~ trust += 1
    ~ suspicion += 1
    -> interrogation_end
* [Tell him nothing at all] -> interrogation_end
* {told_friends else "You know nothing that would buy anything."} [Tell him where the others hide, if he promises a cure]
    ~ suspicion += 2
    ~ trust -= 2
    ~ knows_lab = true
    -> interrogation_end

=== interrogation_end "What the Major Wants" ===
{knows_lab: Knows.|Does not know.}
-> camp_tent

=== camp_tent "Tent Eleven" ===
{> Tent first.|Tent again.|Tent later.|Tent last.}
* [Sit with Ha-ri] -> camp_hari
* [Listen to Hyo-ryung] -> camp_hyoryung
* [Help Dae-su and Mi-jin with the rations] -> camp_daesu
* [Walk the fence with Su-hyeok] -> camp_suhyeok
+ {visits(camp_hari) + visits(camp_hyoryung) + visits(camp_daesu) + visits(camp_suhyeok) >= 2 else "Not yet. They need you here a little longer."} [Wait for lights-out] -> night_out

=== camp_hari "Ha-ri" ===
~ trust += 1
Ha-ri.
-> camp_tent

=== camp_hyoryung "What Hyo-ryung Heard" ===
~ knows_lab = true
Hyo-ryung.
-> camp_tent

=== camp_daesu "Rations" ===
Dae-su.
-> camp_tent

=== camp_suhyeok "The Fence" ===
~ suspicion -= 1
Su-hyeok.
-> camp_tent

=== night_out "Through the Fence" ===
{if random(1, 4) == 1}
~ suspicion += 1
Flashlight.
{end}
Out.
* (notebook) [Take Nam-ra's old notebook]
    ~ gift = "notebook"
    -> memorial
* (bloodbag) {visits(camp_daesu) > 0 else "Only Dae-su knows where the medical tent throws out its bags."} [Take the blood bag Dae-su found]
    ~ gift = "blood"
    -> memorial

=== memorial "The Memorial" ===
Memorial {gift}.
* {trust >= 5 else "The dark stays dark. She has not come."} [Call her name into the dark] -> memorial_meeting
+ [Leave the gift and go back] -> camp_return

=== memorial_meeting "Across the Rope" ===
~ trust += 1
{knows_lab: Tells.|Nothing to tell.}
* {hunger < SAFE else "She steps back from the rope. Not tonight."} [Reach across the rope for her hand]
    ~ trust += 1
    -> camp_return
+ [Tell her to go before the patrol] -> camp_return

=== camp_return "The Count" ===
{suspicion >= 4: Name written.}
-> ruins_day
