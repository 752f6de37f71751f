// Built to break the proof: two fallbacks send the flow back and forth without a choice.
title: Corridor
start: a

var lit = false

=== a ===
* {lit} [Read the sign] -> END "Read"
+ -> b

=== b ===
* {lit} [Light the lamp] -> END "Lit"
+ -> a
