// expect: FP213 3:1
title: One
title: Two
=== roof ===
-> END "Night"
