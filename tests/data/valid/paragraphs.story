var n = 1
=== a ===
The fire has burned
down to coals.

A blank line starts a new paragraph.
    Indentation    and   extra   spaces
collapse.
~ n += 1
An effect does not break the paragraph: {n}.



Several blank lines are one break.
Markup stays: _italic_ and **bold**.
Escapes: \{ \} \| \\ \/ and a comment // not shown
/* a block comment */
Last line.
* [On] -> b

=== b ===
Arriving starts a new paragraph.
-> END "e"
