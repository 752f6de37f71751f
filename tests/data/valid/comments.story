// A line comment at the top
title: Comments
/* A block comment
   over several lines */
=== a ===
Visible. // a trailing comment
// TODO: rewrite this scene
Still visible /* inline block */ text.
-> END "e"
