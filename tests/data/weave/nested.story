// ink's WritingWithInk.md, Part 2 §2 "Nested Flow": options nested under options (`* *`),
// gathers nested too (`- -`), as deep as you like. Indentation is only for the eye.
// Ink shows each line as a paragraph; blank lines here keep ink's lines apart.
title: Nested flow

=== poirot ===
- "Well, Poirot? Murder or suicide?"
    * ["Murder!"]
        "Murder!"

        "And who did it?"
        * * ["Detective-Inspector Japp!"]
            "Detective-Inspector Japp!"
        * * ["Captain Hastings!"]
            "Captain Hastings!"
        * * ["Myself!"]
            "Myself!"
        - - "You must be joking!"
        * * ["Mon ami, I am deadly serious."]
            "Mon ami, I am deadly serious."
        * * ["If only..."]
            "If only..."
    * ["Suicide!"]
        "Suicide!"

        "Really, Poirot? Are you quite sure?"
        * * ["Quite sure."]
            "Quite sure."
        * * ["It is perfectly obvious."]
            "It is perfectly obvious."
- Mrs. Christie lowered her manuscript a moment. The rest of the writing group sat, open-mouthed.
-> captain

=== captain ===
- "Tell us a tale, Captain!"
* ["Very well, you sea-dogs. Here's a tale..."]
    * * ["It was a dark and stormy night..."]
        * * * ["...and the crew were restless..."]
            * * * * ["... and they said to their Captain..."]
                * * * * * ["...Tell us a tale Captain!"]
* ["No, it's past your bed-time."]
- To a man, the crew began to yawn.
-> fogg

=== fogg ===
- I looked at Monsieur Fogg
* [... and I could contain myself no longer.]
    ... and I could contain myself no longer.

    'What is the purpose of our journey, Monsieur?'

    'A wager,' he replied.
    * * ['A wager!']
        'A wager!' I returned.

        He nodded.
        * * * ['But surely that is foolishness!']
            'But surely that is foolishness!'
        * * * ['A most serious matter then!']
            'A most serious matter then!'
        - - - He nodded again.
        * * * ['But can we win?']
            'But can we win?'

            'That is what we will endeavour to find out,' he answered.
        * * * ['A modest wager, I trust?']
            'A modest wager, I trust?'

            'Twenty thousand pounds,' he replied, quite flatly.
        * * * [I asked nothing further of him then.]
            I asked nothing further of him then, and after a final, polite cough, he offered nothing more to me.
    * * ['Ah.']
        'Ah,' I replied, uncertain what I thought.
    - - After that, we passed the day in silence.
* [... but I said nothing]
    ... but I said nothing and we passed the day in silence.
- -> END "Silence"
