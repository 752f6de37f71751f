// The key is only useful if the guard was distracted first: taking it first
// raises the alarm, which shuts the vault for good. One order of choices works.
var distracted = false
var has_key = false
var door_open = true

=== hall ===
The guard dozes by the vault. {has_key: The key is heavy in your pocket.}
* [Distract the guard]
    ~ distracted = true
    -> hall
* [Take the key]
    ~ has_key = true
    {if not distracted}
    The alarm rings and the vault door slams shut.
    ~ door_open = false
    {end}
    -> hall
+ {has_key and door_open} [Open the vault] -> vault
+ [Leave] -> END "Empty-Handed"

=== vault ===
The door swings open.
-> END "Rich"
