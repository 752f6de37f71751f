// ink's WritingWithInk.md, Part 2 §1 "Gathers": three options that gather back together,
// then a chain of choice sets, each gathered. Ink prints every source line as its own
// paragraph; here lines join into a paragraph, so the ink lines are kept apart by blank lines.
title: Gathers

=== fogg ===
"What's that?" my master asked.
* ["I am somewhat tired."]
    "I am somewhat tired," I repeated.

    "Really," he responded. "How deleterious."
* ["Nothing, Monsieur!"]
    "Nothing, Monsieur!" I replied.

    "Very good, then."
* ["I said, this journey is appalling."]
    "I said, this journey is appalling and I want no more of it."

    "Ah," he replied, not unkindly. "I see you are feeling frustrated. Tomorrow, things will improve."
- With that Monsieur Fogg left the room.
-> escape

=== escape ===
I ran through the forest, the dogs snapping at my heels.
* [I checked the jewels]
    I checked the jewels were still in my pocket, and the feel of them brought a spring to my step.
* [I did not pause for breath]
    I did not pause for breath but kept on running.
* [I cheered with joy.]
    I cheered with joy.
- The road could not be much further! Mackie would have the engine running, and then I'd be safe.
* [I reached the road and looked about]
    I reached the road and looked about. And would you believe it?
* [I should interrupt to say Mackie is normally very reliable]
    I should interrupt to say Mackie is normally very reliable. He's never once let me down. Or rather, never once, previously to that night.
- The road was empty. Mackie was nowhere to be seen.
-> END "Alone on the road"
