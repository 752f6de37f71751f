=== a ===
The screen 2J clears.
-> END "x"
