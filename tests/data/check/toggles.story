// A hub of 20 sticky toggles; the way out needs all 20 on (the shortest witness: 21 choices).
// Built to defeat blind search: 2^20 states, and one of them opens the door.
var t1 = false
var t2 = false
var t3 = false
var t4 = false
var t5 = false
var t6 = false
var t7 = false
var t8 = false
var t9 = false
var t10 = false
var t11 = false
var t12 = false
var t13 = false
var t14 = false
var t15 = false
var t16 = false
var t17 = false
var t18 = false
var t19 = false
var t20 = false

=== hub ===
Twenty switches line the wall.
+ [Flip switch 1]
    ~ t1 = not t1
    -> hub
+ [Flip switch 2]
    ~ t2 = not t2
    -> hub
+ [Flip switch 3]
    ~ t3 = not t3
    -> hub
+ [Flip switch 4]
    ~ t4 = not t4
    -> hub
+ [Flip switch 5]
    ~ t5 = not t5
    -> hub
+ [Flip switch 6]
    ~ t6 = not t6
    -> hub
+ [Flip switch 7]
    ~ t7 = not t7
    -> hub
+ [Flip switch 8]
    ~ t8 = not t8
    -> hub
+ [Flip switch 9]
    ~ t9 = not t9
    -> hub
+ [Flip switch 10]
    ~ t10 = not t10
    -> hub
+ [Flip switch 11]
    ~ t11 = not t11
    -> hub
+ [Flip switch 12]
    ~ t12 = not t12
    -> hub
+ [Flip switch 13]
    ~ t13 = not t13
    -> hub
+ [Flip switch 14]
    ~ t14 = not t14
    -> hub
+ [Flip switch 15]
    ~ t15 = not t15
    -> hub
+ [Flip switch 16]
    ~ t16 = not t16
    -> hub
+ [Flip switch 17]
    ~ t17 = not t17
    -> hub
+ [Flip switch 18]
    ~ t18 = not t18
    -> hub
+ [Flip switch 19]
    ~ t19 = not t19
    -> hub
+ [Flip switch 20]
    ~ t20 = not t20
    -> hub
+ {t1 and t2 and t3 and t4 and t5 and t6 and t7 and t8 and t9 and t10 and t11 and t12 and t13 and t14 and t15 and t16 and t17 and t18 and t19 and t20} [Open the door] -> END "Out"
