var fed = 0
=== camp ===
At camp.
-> meal ->
After the meal, fed {fed}.
* [Ask]
    -> ask ->
    Asked.
    -> camp
* [Sleep] -> END "Rest"

=== meal ===
You eat.
~ fed += 1
-> spice ->
Full.
->->

=== spice ===
Spicy.
->->

=== ask ===
Ask about what?
* [The weather]
    Rain.
    ->->
+ [Nothing]
    ->->
