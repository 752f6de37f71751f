// Breaks a hub rule that forgets sticky choices: `Pace` is always there, so the fallback
// out is never due, and pacing never ends.
=== hall ===
* [Look around] -> hall
+ [Pace] -> hall
* -> END "Gone"
