// expect: FP152 3:6, FP152 4:13, FP152 4:18, FP152 4:34, FP152 4:39
=== a ===
Some 31m red text.
* [The door ‮root‬] -> END "Exit ⁦here⁩"
