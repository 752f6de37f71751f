// expect: FP251 3:21, FP251 5:5, FP208 6:5, FP206 9:14, FP205 10:2, FP205 11:2
enum heat = cold, boiling
enum weather = sun, cold
var heat_now = cold
var boiling = 1
var w = sun
=== kitchen ===
// a value of another enumeration, an order, an int
~ heat_now = sun
{heat_now < boiling: Hot.}
{w == 3: Odd.}
-> END "Tea"
