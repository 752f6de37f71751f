// Choice text, after ink's manual (WritingWithInk.md, "Suppressing choice text",
// "Advanced: mixing choice and output text", "Multiple Choices", and alternatives
// "used inside choice text"): what is before `[` shows in the menu and is printed once
// chosen, what is inside only in the menu, what is after only once chosen. The printed
// text starts the choice's body, so a blank line after the choice line makes it a
// paragraph of its own.
title: Choice text
const master = "Monsieur Fogg"

=== hello ===
Hello world!
* Hello [back!] right back to you!

    Nice to hear from you!
    -> asked

=== asked ===
"What's that?" my master asked.
* "I am somewhat tired[."]," I repeated.

    "Really," he responded. "How deleterious."
    -> greet
* "Nothing, Monsieur!"[] I replied.

    "Very good, then."
    -> greet
* "I said, this journey is appalling[."] and I want no more of it."

    "Ah," he replied, not unkindly. "I see you are feeling frustrated. Tomorrow, things will improve."
    -> greet

=== greet ===
+ "Hello, {&Master|Monsieur Fogg|you|brown-eyes}!"[] I declared.

    -> greet
* [Ask {master} the time] -> END "Asked"
