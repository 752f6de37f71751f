// Built to break the proof: once-only scenes double a string; the 19th doubling passes 1,000,000 characters.
title: Echoes
start: s0

var echo = "abcd"

=== s0 ===
* [Shout] -> s1

=== s1 ===
~ echo = echo + echo
* [Again] -> s2
* [Stop] -> END "Quiet"
=== s2 ===
~ echo = echo + echo
* [Again] -> s3
* [Stop] -> END "Quiet"
=== s3 ===
~ echo = echo + echo
* [Again] -> s4
* [Stop] -> END "Quiet"
=== s4 ===
~ echo = echo + echo
* [Again] -> s5
* [Stop] -> END "Quiet"
=== s5 ===
~ echo = echo + echo
* [Again] -> s6
* [Stop] -> END "Quiet"
=== s6 ===
~ echo = echo + echo
* [Again] -> s7
* [Stop] -> END "Quiet"
=== s7 ===
~ echo = echo + echo
* [Again] -> s8
* [Stop] -> END "Quiet"
=== s8 ===
~ echo = echo + echo
* [Again] -> s9
* [Stop] -> END "Quiet"
=== s9 ===
~ echo = echo + echo
* [Again] -> s10
* [Stop] -> END "Quiet"
=== s10 ===
~ echo = echo + echo
* [Again] -> s11
* [Stop] -> END "Quiet"
=== s11 ===
~ echo = echo + echo
* [Again] -> s12
* [Stop] -> END "Quiet"
=== s12 ===
~ echo = echo + echo
* [Again] -> s13
* [Stop] -> END "Quiet"
=== s13 ===
~ echo = echo + echo
* [Again] -> s14
* [Stop] -> END "Quiet"
=== s14 ===
~ echo = echo + echo
* [Again] -> s15
* [Stop] -> END "Quiet"
=== s15 ===
~ echo = echo + echo
* [Again] -> s16
* [Stop] -> END "Quiet"
=== s16 ===
~ echo = echo + echo
* [Again] -> s17
* [Stop] -> END "Quiet"
=== s17 ===
~ echo = echo + echo
* [Again] -> s18
* [Stop] -> END "Quiet"
=== s18 ===
~ echo = echo + echo
* [Again] -> s19
* [Stop] -> END "Quiet"
=== s19 ===
~ echo = echo + echo
* [Again] -> s20
* [Stop] -> END "Quiet"
=== s20 ===
The echo fills the valley.
-> END "Loud"
