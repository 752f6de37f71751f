

// A story written in a hurry: `forkpaths fmt` tidies it (tests/test_fmt.py).
title:   Messy   Story
author :Someone
start:cave
var  hp=3+ 2*(1 -  4)   // starting health
const   K   =  -  2


// about the cave
===cave   "The Cave"===   #mood:  dark   #night
   
   
Water   drips {hp}   times.  
   Indented prose joins the paragraph.   


~hp+=  K // ouch
{ if hp>2 and not  false}
You feel fine.
{  else }
You feel faint.
{ end }
*(go){hp>1 else "Too weak."}[  Climb out  ]->top
 You climb.   
   ~ hp -= 1
+   {visits(cave)==0}  [Look around]   ->   cave
*->   END   "Lost"
=== top ===
/* a block
   comment, kept
      as it is */
The sky /* and a note */ opens.
-> END "Out"
