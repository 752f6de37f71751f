=== first ===
First.
-> second

=== second ===
Second.
-> END "Done"
