// expect: FP201 5:3, FP201 7:3, FP303 7:3, FP201 11:5, FP303 11:1, FP202 12:1, FP201 13:1, FP208 2:5
var x = 1
=== a ===
* [Go]
  ~ nosuch = 1
  -> b
  ~ nosuch = 1
* [Stay] -> b
=== b ===
-> END "x"
{if missing > 1}
-> nowhere
~ gone = x
{end}
