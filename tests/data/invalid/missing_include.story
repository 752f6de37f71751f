// expect: FP304 2:1
include "chapters/missing.story"
=== roof ===
-> END "Night"
