// A counter loop: the medal needs exactly three laps; more and you collapse.
var laps = 0

=== track ===
{laps == 0: The track is empty.|You have run {laps} laps.} {~ The crowd cheers.|A bird calls.|Wind.}
+ [Run a lap]
    ~ laps += 1
    -> track
+ {laps == 3} [Cross the finish line] -> finish
+ {laps > 3} [Keep running] -> END "Exhausted"

=== finish ===
-> END "Medal"
