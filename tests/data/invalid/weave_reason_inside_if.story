// expect: FP121 6:1
var coins = 0
=== shop ===
~ coins += 1
{if coins > 0}
* {coins > 2 else "Too dear."} [Buy the lamp] -> END "Lamp"
{end}
+ [Wait] -> shop
