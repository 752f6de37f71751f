// expect: FP130 2:1
paragraphs: every line
=== a ===
Hello.
-> END "x"
