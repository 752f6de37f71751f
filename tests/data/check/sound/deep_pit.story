// Built to break "soft-locks are only found near the start": a pit 24 choices deep, past
// what a small --max-states lets the exact search reach; walks and IW(1) reach it, and the
// complete search of a reached state's future proves that no ending can be reached from there.
title: Deep Pit
start: r0

var a = 0
var b = 0
var s7 = 50

=== r0 ===
Room 0.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r1
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r1

=== r1 ===
Room 1.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r2
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r2

=== r2 ===
Room 2.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r3
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r3

=== r3 ===
Room 3.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r4
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r4
+ [Rest] -> END "Rested"

=== r4 ===
Room 4.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r5
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r5

=== r5 ===
Room 5.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r6
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r6

=== r6 ===
Room 6.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r7
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r7

=== r7 ===
Room 7.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r8
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r8

=== r8 ===
Room 8.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r9
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r9

=== r9 ===
Room 9.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r10
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r10

=== r10 ===
Room 10.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r11
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r11

=== r11 ===
Room 11.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r12
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r12

=== r12 ===
Room 12.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r13
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r13

=== r13 ===
Room 13.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r14
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r14

=== r14 ===
Room 14.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r15
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r15

=== r15 ===
Room 15.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r16
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r16

=== r16 ===
Room 16.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r17
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r17

=== r17 ===
Room 17.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r18
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r18

=== r18 ===
Room 18.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r19
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r19

=== r19 ===
Room 19.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r20
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r20

=== r20 ===
Room 20.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r21
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r21

=== r21 ===
Room 21.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r22
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r22

=== r22 ===
Room 22.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> r23
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> r23

=== r23 ===
Room 23.
+ [Left]
    {if a < 20}
    ~ a += 1
    {end}
    -> pit
+ [Right]
    {if b < 20}
    ~ b += 1
    {end}
    -> pit

=== pit ===
A pit. The walls are high.
* [Train]
    {if s7 <= 90}
    ~ s7 += 10
    {end}
    -> pit
* [Train harder]
    {if s7 <= 90}
    ~ s7 += 10
    {end}
    -> pit
+ {s7 >= 95} [Climb out] -> END "Out"
+ [Wait] -> pit

