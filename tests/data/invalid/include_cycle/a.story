// part of include_cycle.story: includes it back
include "../include_cycle.story"
=== a ===
-> END "A"
