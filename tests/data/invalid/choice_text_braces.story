// expect: FP133 5:8
var name = "Fogg"
=== a ===
Hello.
* [Ask {name] -> a
* [Leave] -> END "x"
