const TWO = 2
=== hall ===
Hall visit {visits(hall)}, turn {turn}, garden visits {visits(garden)}.
+ [Garden] -> garden
+ [Stay] -> hall

=== garden ===
A die shows {random(1, 6)}; a coin {random(0, 1)}; {random(TWO, TWO)}.
+ [Back] -> hall
* -> hall
