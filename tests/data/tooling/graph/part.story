=== class ===
A tunnel in another file.
->->
