// expect: FP305 include_cycle/a.story:2:1
include "include_cycle/a.story"
=== roof ===
-> a
