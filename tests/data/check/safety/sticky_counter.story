// Built to break the proof: a sticky loop adds a large step to a counter with nothing to stop
// it; the 9,224th lap passes the 64-bit limit, well inside the proof's horizon of 2^32 choices.
title: Laps
start: track

var laps = 0

=== track ===
Lap {laps}.
+ [Run another lap]
    ~ laps += 1000000000000000
    -> track
+ [Stop] -> END "Tired"
