// expect: FP306 2:1
include "/etc/hostname"
=== roof ===
-> END "Night"
