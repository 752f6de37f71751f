// Every operator, one line each (blank lines keep the results in separate paragraphs).
var n = 7
var neg = -7
var s = "On"
var b = true
const TEN = 10
=== calc ===
{n / 2} {neg / 2} {n % 3} {neg % 3} {n % -3} {neg / -2}

{2 + 3 * 4} {(2 + 3) * 4} {10 - 2 - 3} {-n + TEN} {+n} {20 / 2 / 5} {2 * 3 % 4}

{s + "-jo"} {s == "On"} {s != "on"} {s + "" == "On"} {"a\"b"}

{1 < 2} {2 <= 2} {3 > 4} {4 >= 5} {1 == 1} {1 != 1} {b == true}

{b and not b} {b or false} {not b or b and false} {not (b or b)} {1 + 1 == 2 and 3 > 2}
~ n += 3
~ neg -= 3
~ s += "-jo"
~ b = n > TEN - 1

{n} {neg} {s} {b}
-> END "e"
