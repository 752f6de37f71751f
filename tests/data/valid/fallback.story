var tries = 0
=== door ===
A locked door.
* [Knock]
    ~ tries += 1
    -> door
* {tries < 10} [Kick]
    ~ tries += 1
    -> door
* {tries > 5 else "Too soon."} [Wait]
    -> door
* -> give_up

=== give_up ===
You give up after {tries} tries.
-> END "Patience"
