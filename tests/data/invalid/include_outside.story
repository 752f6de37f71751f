// expect: FP306 2:1
include "../valid/header.story"
=== roof ===
-> END "Night"
