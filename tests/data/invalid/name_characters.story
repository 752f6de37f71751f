// expect: FP151 2:5, FP151 6:5, FP151 8:14
var 배고픔 = 1
var x​ = 1
=== a ===
Hello, 배고픔.
-> b​
=== b ===
* [Go] -> café
* [Stay] -> END "x"
