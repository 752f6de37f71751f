// An included file: its scenes join the story as if they were written in main.story.

=== clock "The Old Clock" ===
The clock has no hands. {! The clockmaker smiles at your surprise.|}
-> memory -> // a tunnel: run `memory`, then come back here
~ greeting = "friend"
You pay to hear it chime, and it chimes for a long time.
~ coins -= random(0, 2) // a whole number from 0 to 2, from the story's seed
-> shop

=== memory ===
For a moment you remember a kitchen, and a clock just like this one.
->-> // return to whoever called the tunnel
