=== rooftop "The Roof" === #chapter: Night One #mood: tense #night
The roof.
-> stairs_2

=== stairs_2 ===
The stairs.
-> _hidden

=== _hidden "Under the Stairs" === #secret
Hidden.
-> END "Found"
