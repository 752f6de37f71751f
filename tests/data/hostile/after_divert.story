// item 9: statements after a divert were not name-checked, and crashed check and play
var x = 1
=== a ===
* [Go]
  -> b
  ~ nosuch = 1
* [Stay] -> b
=== b ===
~ x += 1
-> END "x"
~ also_nosuch = x
{if nothing > 1}
No.
{end}
