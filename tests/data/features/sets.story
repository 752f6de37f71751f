// Sets of an enumeration's values, from ink's documentation of lists as flags (WritingWithInk.md,
// "Lists: basic queries", "Adding and removing entries"): `LIST DoctorsInSurgery = (Adams), Bernard,
// (Cartwright), Denver, Eamonn` is here an enumeration of the doctors and a set of those in the
// surgery. `+=` and `-=` add and remove, singly or a set at once; adding one already there or
// removing one not there does nothing; count() is LIST_COUNT, has(s, v) is ink's `?`.
title: Surgery
enum doctor = Adams, Bernard, Cartwright, Denver, Eamonn
var in_surgery = set(Adams, Cartwright)

=== surgery ===
In the surgery: {in_surgery}. That is {count(in_surgery)}.

{count(in_surgery) > 0: The surgery is open today.|Everyone has gone home.}
+ {not has(in_surgery, Eamonn)} [Eamonn and Denver arrive]
    ~ in_surgery += set(Eamonn, Denver)
    ~ in_surgery += Adams
    -> surgery
+ {count(in_surgery) > 0} [Adams, Eamonn and Denver leave]
    ~ in_surgery -= set(Adams, Eamonn, Denver)
    ~ in_surgery -= Bernard
    -> surgery
+ {has(in_surgery, Cartwright)} [Cartwright goes home]
    ~ in_surgery -= Cartwright
    -> surgery
* [Close the door] -> END "Closed"
