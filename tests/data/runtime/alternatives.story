// Runtime fixture: sequences, cycles, once-only text and shuffles.
title: Alternatives
start: loop

=== loop ===
{> one|two|three} {& tick|tock} {! first|second} {~ a|b|c|d|e}.
+ [Again] -> loop
* [Stop] -> END "Stopped"
