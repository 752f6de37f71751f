// expect: FP117 3:1
title: T
Once upon a time.
=== roof ===
-> END "Night"
