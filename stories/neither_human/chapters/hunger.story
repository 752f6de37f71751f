// Chapter Four: hunger. The day after the raid. A wounded conscript is the hunger's test:
// bind him (only if hunger allows), drink, or leave him. Then what On-jo left, a reckoning,
// and the crossroads that sends the story down one of four roads.

=== ruins_day "Daylight" === #chapter: Four: Hunger #mood: parched
~ hunger += 1
Morning finds you in the bell tower of the burned church, where the soldiers would have to climb a
ladder with no rungs to reach you. You have not slept. You do not really sleep any more; you go
still, and the hours go past, and sometimes you dream with your eyes open.

{visits(raid_drain) > 0: Ye-eun is curled in the corner on her pink school bag, the broken chain still around her wrist. You have told her you will get it off. You have not worked out how yet.|The corner where you would have put Ye-eun is empty. You keep looking at it.}

{ally == "Tae-gyu": Tae-gyu went out before dawn without saying where. He left his jacket, folded, beside you, which you understand is a kind of promise.|Tae-gyu is gone. He left before dawn and said only, "I'll send word." You do not know what word, or to whom.}

The sun comes up white and hot. Down in the streets the army is everywhere: trucks on the ring road,
patrols moving house to house, drones stitching the sky. They are looking for you.

-> reckoning ->
{if hunger >= 8}
-> hunger_fit ->
{end}

You cannot stay in the tower all day. {hunger >= SAFE: Not with the hunger the way it is.|Not even with the hunger quiet.} Not with
the question of where they took Ms. Seo sitting in your chest like a swallowed stone.
+ [Follow the trucks' tracks toward the edge of the city]
    You go down the ladder and out through the vestry and follow the fresh tyre marks in the ash,
    north, from shadow to shadow, block by block. It is stupid to move in daylight. You do it anyway.
    Twice a drone passes close enough that you can see the lens turn. Twice you freeze in a doorway
    and it moves on. The tracks lead north, toward the ring road and the hills beyond.
    Somewhere around noon, in a street of collapsed shops, you hear someone crying for help.
    ~ suspicion += 1
    -> conscript
+ [Stay in the shadows until dark]
    You stay. You sit in the tower through the long white day with the hunger climbing the ladder
    toward you one rung at a time, listening to the city, learning the patrols' routes by ear.
    By late afternoon you know their whole pattern. You also know that you cannot sit still any
    longer. You go down at dusk, hungrier than you have been in a week, into a street of collapsed
    shops two blocks north, and there you hear someone crying for help.
    ~ hunger += 1
    -> conscript

=== conscript "The Conscript" ===
~ hunger += 2
He is lying in the gutter under a fallen shop sign, a big steel board that used to say _Golden Mobile_
in letters a metre high. One of the sign's legs has come down across his thigh. There is blood on the
tarmac, a lot of it, dark and spreading, and the smell of it reaches you before the sight does and
goes straight through you like a hand through paper.

He is young. Nineteen, maybe twenty. A conscript, in the grey search kit they wore in the arcade,
his helmet rolled away into the road. His name tape says OH. His radio is smashed. He must have been
searching the buildings alone when the sign came down, and his unit has moved on without him, and
nobody heard.

He sees you. His eyes go wide. He knows what you are. He tries to reach for his rifle, two metres
away in the gutter, and cannot, and stops trying, and just looks at you.

He has a round face and a bad haircut and a spot on his chin, and he looks so much like the boys in
the back row of your class that for a second the street goes away.
-> memory_class ->
When the street comes back, the hunger is waiting in it, and he is still looking at you, and his heart is going
like a bird against a window.

"Please," he says. That is all. Just _please_.
+ {hunger < 8 else "There is nothing in you but the smell of his blood. If you go near that wound, you will not stop at the wound."} [Bind his leg] -> conscript_help
+ [Drink] -> conscript_bite
+ [Leave him where his unit will find him] -> conscript_leave

=== conscript_help "Tourniquet" ===
~ humanity += 1
~ knows_lab = true
You take off your school tie.

You kneel in his blood, which is the hardest thing you have ever done, and tie it around his thigh
above the wound, and twist the knot tight with his own bayonet, and he screams, and you keep
twisting until the bleeding stops.

You do it holding your breath. You hold it for four minutes. You did not know you could.

Then you put your shoulder under the shop sign and lift, and it comes up off him with a groan of
steel, and you drag him clear by the back of his vest and prop him against a wall.

He stares at you. He is crying, the way people do from pain, without noticing. "Why?" he says.

"You said please," you say.

He laughs, or sobs, you cannot tell. Then, because you ask, because you kneel in front of him with
his own bayonet in your hand and do not threaten him with it, he tells you. Building Nine, up at the
reservoir, through two gates. That is where they took the ones from the arcade. There is a woman
there who keeps asking for her ledger. There is a girl on the list, too, and the science teacher's
wife and son, in a room by themselves. Everyone calls the programme _Second Class_. Nobody he knows
has been inside.

"They said you were animals," he says. "In the briefing. They said you'd go for the throat."

"Some of us will," you say. "Tell them that, too. Tell them it's not as simple as they think."

You fire his flare pistol into the sky for him, so his unit will come back, and you go before the
red light has finished falling.
-> memorial_find

=== conscript_bite "The Taste of It" ===
~ hunger = 2
~ humanity -= 3
~ suspicion += 2
You do not decide. That is what you will tell yourself, afterward, and it will be true, and it will
not help.

You are across the street. You are kneeling in the blood. He is making a sound, and then he is not,
and the world is warm and red and entirely simple for the first time in four months. The hunger is
not a hum now. It is a choir. It sings all the way through you, every cell of you lit up like a city
seen from a plane.

When you come back to yourself, the street is quiet.

You sit on your heels in the gutter beside him. His eyes are open. The spot on his chin. The bad
haircut. You were right about the back row; you can see it so clearly now, his name on a
register, OH, and a teacher calling it, and a boy at the back saying _here_ without looking up.

The virus will wake him soon. That is what it does. You know that better than anyone. You know,
too, what you should do about it, and you do it, quickly, with your eyes shut, and then you walk
away down the middle of the street, not hiding, not running, with his blood drying on your chin.

You are not hungry. You are not hungry at all. You have never felt so full, or so alone.

Behind you, you hear the engine of a truck turn into the far end of the street, and stop.
-> memorial_find

=== conscript_leave "Far Enough Away" ===
~ hunger += 1
~ suspicion += 1
You cannot go near the blood. You know it the way you know the edge of a roof. You also cannot
walk away and leave him to bleed out in a gutter under a phone shop sign, because then you would
be a different kind of monster, one you have not agreed to be.

So you throw chunks of concrete at the steel sign, hard, until it rings like a bell, until you hear
boots three streets away change direction and a voice shouting _Private Oh!_ Then you melt back
into the doorway opposite and wait.

They come running. Four of them. They lift the sign off him and pack his wound and call for a
stretcher, and he is alive, you can hear his heart, still going, stubborn.

As they carry him past your doorway he turns his head and looks straight into the dark where you
are standing. He does not say anything. But you hear him, later, as the truck pulls away, telling
someone in a voice high with shock: _She was right there. She was right there and she didn't._

It will go in a report. Everything goes in a report. You walk north through the dusk, hungrier than
before, and know that someone in an office will read about you tonight.
-> memorial_find

=== memorial_find "What On-jo Left" ===
That night you go back to the memorial.

You walk along the fence past all the faces, and stop, as she always does, at the place where her
gifts hang.

{visits(memorial_meeting) > 0: And you take out what she pressed into your hands last night, across the rope, which you have not yet been able to open.|And in the shelter of the fence post, where the rain cannot reach it, the thing she left for you.}

You sit down with your back against the fence, among the dead, to look at it.
-> memory_onjo ->
{if gift == "blood"}
~ hunger -= 2
It is a bag of blood, wrapped in a camp towel. The label says it expired two days ago. Someone has
written on the towel in marker: _FOR NAM-RA. EAT SOMETHING. DAE-SU AND MI-JIN._ The last letters
run off the edge where whoever it was ran out of towel.

You drink it slowly, sitting among the dead. It is human. You know it is human; you can taste the
difference, and it is terrible how much better it is. But it was given. Nobody bled for it except by
choice, and it was given to you by people who know exactly what you are, and who wrote your name on
it in marker. You did not know that could be a kind of grace. It is.

Folded inside the towel is a note in On-jo's writing. _Eat something. Then come and find us. We'll
leave the gap behind the laundry open._
{else}
~ humanity += 1
It is your notebook. Your class notebook, blue, soft at the corners, with the attendance lists
inside in your own neat handwriting, from March to the day it all ended.

You turn the pages. Every name. Every day. A little pencil cross beside the ones who did not make it;
you remember adding them, at the end, in the broadcasting room, with your hands shaking. You had
not known anyone had kept it.

Tucked into the last page is a note in On-jo's writing. _You kept count of all of us. Somebody
should keep count of you._ And underneath, a new line in the register, in her hand: your own name,
and beside it, in the column for today, a small neat tick. Present.
{end}
~ gift = "nothing"
{visits(interrogation_deal) > 0 and visits(memorial_meeting) == 0: There is a second note, folded very small, in handwriting that wobbles. _I told the Major where you were. I thought they wanted to help. He said they take them to Building Nine, at the reservoir. I'm sorry. I'm so sorry. Don't forgive me. Just be all right._}
{visits(camp_hyoryung) > 0 and visits(memorial_meeting) == 0: On the back of her note, in smaller writing: _Hyo-ryung heard the soldiers. They take them to the reservoir, to a place called Building Nine._}

You sit with it for a long time. Down the hill, the camp lights go out one row at a time.
+ [Write back on the back of her note]
    You find a stub of pencil in your pocket and write on the back of her note, in the
    smallest writing you can manage, everything you want to say to her. It does not fit. You write
    _I'm still here_ instead, which is most of it, and fold it into the fence where she will find it.
    Then you sit a while longer, and take stock of yourself, the old way.
    ~ trust += 1
    -> reckoning ->
    -> crossroads
+ [Keep it, and say nothing]
    You keep it. You fold it into your shirt against your skin, where it stays cold, because you
    are cold. You do not write back. You do not know what you would say that would not be a promise,
    and you are not sure you are someone who should be making promises.
    You sit a while longer, and take stock of yourself, the old way.
    -> reckoning ->
    -> crossroads

=== crossroads "Where the Roads Go" ===
{if hunger >= HUNGER_MAX or humanity <= 0}
You try to stand up, and the world tilts, and the hunger, which has been so patient with you for
so long, stops being patient.
-> lost_self
{end}
When you get up, the city is waiting for you to choose.

Word has come from Tae-gyu, scratched on the church door: the old water tower on the ridge above
the camp, tomorrow night. He is gathering everyone who got away. He is done hiding. You know what
that means.

{knows_lab: North, up the reservoir road, two gates and a grey building by the dam, where they took Ms. Seo {visits(raid_drain) > 0: and where they would have taken Ye-eun|and Ye-eun}.|Somewhere, wherever the trucks go, Ms. Seo {visits(raid_drain) > 0: is waiting|and Ye-eun are waiting} for someone who knows where to look.}

Below you, the camp, and the gap in the fence behind the laundry, and six people who climbed a
staircase in the dark to find you.

And beyond all of it, the mountains, black against a sky that is already going grey at the edges.
People lived up there once, in villages the roads forgot. Nobody would look for anyone up there.

You have been class president. You know how to choose when every choice is wrong.
+ [Go to the water tower, where Tae-gyu is gathering the others] -> uprising_gather
+ {knows_lab else "You do not know where they took Ms. Seo. You would be searching the whole north of the city alone."} [Go to the reservoir] -> reservoir_approach
+ {trust >= 5 else "You have not given them a reason to open the fence for you. Not yet."} [Go to your friends] -> friends_door
+ {visits(raid_drain) > 0 else "Ye-eun is gone, and no one else would follow you up there."} [Take Ye-eun into the mountains] -> mountain_road
