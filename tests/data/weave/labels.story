// ink's WritingWithInk.md, Part 2 §3 "Tracking a Weave": labelled gathers and options are
// divert targets and have visit counts. Ink tests a label by its bare name (`{greet}`);
// here a count is read with `visits(greet)`, so the test is `visits(greet) > 0`.
title: Labels

=== meet_guard ===
The guard frowns at you.
* (greet) [Greet him]
    'Greetings.'
* (get_out) ['Get out of my way.']
    'Get out of my way,' you tell the guard.
- 'Hmm,' replies the guard.
* {visits(greet) > 0} ['Having a nice day?']
    'Having a nice day?'
* ['Hmm?']
    'Hmm?' you reply.
* {visits(get_out) > 0} [Shove him aside]
    You shove him sharply. He stares in reply, and draws his sword!
    -> fight_guard
- 'Mff,' the guard replies, and then offers you a paper bag. 'Toffee?'
-> questions

=== fight_guard ===
You fight. Who went first? {visits(meet_guard.greet) > 0: You had greeted him.|You had told him to get out of your way.}
-> END "Fight"

=== questions ===
- (opts)
    * ['Can I get a uniform from somewhere?']
        'Can I get a uniform from somewhere?' you ask the cheerful guard.

        'Sure. In the locker.' He grins. 'Don't think it'll fit you, though.'
    * ['Tell me about the security system.']
        'Tell me about the security system.'

        'It's ancient,' the guard assures you. 'Old as coal.'
    * ['Are there dogs?']
        'Are there dogs?'

        'Hundreds,' the guard answers, with a toothy grin. 'Hungry devils, too.'
    // We require the player to ask at least one question
    * {visits(loop) > 0} [Enough talking]
        -> done
- (loop)
    // loop a few times before the guard gets bored
    {if visits(loop) < 3}
        -> opts
    {end}
    He scratches his head.

    'Well, can't stand around talking all day,' he declares.
- (done)
    You thank the guard, and move away.
    -> shoving

=== shoving ===
- (opts)
* [Pull a face]
    You pull a face, and the soldier comes at you!
    -> shove
* (shove) [Shove the guard aside]
    You shove the guard to one side, but he comes back swinging.
* {visits(shove) > 0} [Grapple and fight] -> crossword
- -> opts

=== crossword ===
* ["Are you quite well, Monsieur?"]
    "Are you quite well, Monsieur?" I asked.
    - - (quitewell) "Quite well," he replied.
* ["How did you do at the crossword, Monsieur?"]
    "How did you do at the crossword, Monsieur?" I asked.
    -> quitewell
* [I said nothing]
    I said nothing and neither did my Master.
- We fell into companionable silence once more. You asked {visits(crossword.quitewell)} time{visits(crossword.quitewell) != 1: s}.
-> END "Silence"
