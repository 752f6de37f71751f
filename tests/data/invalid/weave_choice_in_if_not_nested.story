// expect: FP122 7:5
var asked = false
=== inn ===
* [Ask the innkeeper]
    ~ asked = true
    {if asked}
    * [About the road] -> inn
    {end}
* [Sleep] -> END "Rest"
