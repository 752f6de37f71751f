var oil = 0
var lit = false
=== shore ===
The shore.
* [Climb the stairs] -> stairs
* (wait) [Wait on the beach]
    ~ oil += 1
    You find a flask.
    -> shore
+ [Call out] -> shore
* {lit} [Admire the light] -> END "Light"
* {oil >= 2 else "You need more oil."} [Light the lamp]
    ~ lit = true
    The lamp catches.
    -> shore
* [Climb the stairs!] -> stairs

=== stairs ===
The stairs.
-> END "Stairs"
