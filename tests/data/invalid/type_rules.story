// expect: FP205 9:2, FP205 10:2, FP205 11:2, FP205 12:2, FP205 13:2, FP205 14:2, FP205 15:2, FP205 16:12, FP205 17:1, FP205 18:1, FP205 19:1, FP212 20:2
var n = 1
var s = "a"
var b = true
=== types ===
~ n += 1
~ s += "b"
~ b = not b
{s - "b"}
{n and b}
{not n}
{-s}
{s < "b"}
{b + 1}
{n == s}
{random(1, s)}
~ b += true
~ s -= "x"
~ n += "1"
{s: yes}
-> END "e"
