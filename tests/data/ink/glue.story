// Glue, after ink's manual (WritingWithInk.md, "Glue"): `<>` joins text across lines,
// diverts and a tunnel's call and return into one paragraph.
title: Glue

=== hurry_home ===
We hurried home <>
-> to_savile_row

=== to_savile_row ===
to Savile Row
-> as_fast_as_we_could

=== as_fast_as_we_could ===
<> as fast as we could.

The door was lock<>
ed, so we knocked.

-> knock ->
<>, and Passepartout opened it.
* [Go in] -> END "Home"

=== knock ===
Three times
->->
