// Built to break the proof: a tunnel's scene can also be reached by a divert, where its `->->` has nothing to return to.
title: Stray
start: hall

=== hall ===
* [Listen]
    -> echo ->
    -> hall
* [Follow the echo]
    -> echo
* [Leave] -> END "Out"

=== echo ===
Your voice comes back.
->->
