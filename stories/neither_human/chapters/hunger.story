// Chapter Four: hunger. The day after the raid. A wounded conscript is the hunger's test:
// bind him (only if hunger allows), drink, or leave him. Then what On-jo left, a reckoning,
// and the crossroads that sends the story down one of four roads.

=== ruins_day "Daylight" === #chapter: Four: Hunger #mood: parched
~ hunger += 1
Morning finds you in the bell tower of the burned church, where soldiers would need a ladder with no
rungs to reach you. You do not really sleep any more; you go still, and the hours go past.

{visits(raid_drain) > 0: Ye-eun is curled in the corner on her pink school bag, the broken chain still around her wrist. You have told her you will get it off.|The corner where you would have put Ye-eun is empty. You keep looking at it.}

{ally == "Tae-gyu": Tae-gyu went out before dawn. He left his jacket folded beside you, which you understand is a kind of promise.|Tae-gyu left before dawn and said only, "I'll send word."}

Down in the streets the army is everywhere: trucks on the ring road, patrols going house to house,
drones stitching the sky. They are looking for you.

-> reckoning ->
{if hunger >= 8}
-> hunger_fit ->
{end}

You cannot stay in the tower all
day. {hunger >= SAFE: Not with the hunger the way it is.|Not even with the hunger quiet.} Not with
the question of where they took Ms. Seo sitting in your chest like a swallowed stone.
+ [Follow the trucks' tracks toward the edge of the city]
    You follow the fresh tyre marks in the ash north, shadow to shadow. It is stupid to move in
    daylight. Twice a drone passes close enough that you see the lens turn, and you freeze in a
    doorway until it moves on.
    Around noon, in a street of collapsed shops, you hear someone crying for help.
    ~ suspicion += 1
    -> conscript
+ [Stay in the shadows until dark]
    You sit in the tower through the long white day, the hunger climbing toward you one rung at a
    time. At dusk you cannot sit still any longer. You go down, hungrier than you have been in a
    week, and two blocks north, in a street of collapsed shops, you hear someone crying for help.
    ~ hunger += 1
    -> conscript

=== conscript "The Conscript" ===
~ hunger += 2
He is lying in the gutter under a fallen shop sign that used to say _Golden Mobile_, one steel leg
of it across his thigh. There is blood on the tarmac, a lot of it, and the smell goes through you
like a hand through paper.

A conscript, nineteen, maybe twenty, in the grey search kit they wore in the arcade. His radio is
smashed. His name tape says OH. His unit has moved on without him.

He sees you, and knows what you are. He reaches for his rifle, cannot, and stops trying. He has a
round face and a bad haircut and a spot on his chin, and he looks so much like the boys in the back
row of your class that for a second the street goes away.
-> memory_class ->
When the street comes back, the hunger is waiting in it, and his heart is going like a bird
against a window.

"Please," he says. That is all. Just _please_.
+ {hunger < 8 else "There is nothing in you but the smell of his blood. If you go near that wound, you will not stop at the wound."} [Bind his leg] -> conscript_help
+ [Drink] -> conscript_bite
+ [Leave him where his unit will find him] -> conscript_leave

=== conscript_help "Tourniquet" ===
~ humanity += 1
~ knows_lab = true
You take off your school tie.

You kneel in his blood, which is the hardest thing you have ever done, and tie it around his thigh,
and twist the knot tight with his own bayonet while he screams, until the bleeding stops. You hold
your breath the whole time. Four minutes. You did not know you could.

Then you lift the sign off him and prop him against a wall. "Why?" he says, crying the way people do
from pain, without noticing.

"You said please."

Because you ask, he tells you. Building Nine, up at the reservoir, through two gates. That is where
they took the ones from the arcade. A woman there keeps asking for her ledger. There is a girl on
the list, too, and the science teacher's wife and son, in a room by themselves. They call the
programme _Second Class_.

"They said you were animals," he says. "That you'd go for the throat."

"Some of us will," you say. "Tell them it's not as simple as they think."

You fire his flare pistol into the sky so his unit will come back, and you are gone before the red
light has finished falling.
-> memorial_find

=== conscript_bite "The Taste of It" ===
~ hunger = 2
~ humanity -= 3
~ suspicion += 2
You do not decide. That is what you will tell yourself afterward, and it will be true, and it will
not help.

You are across the street. You are kneeling in the blood. He is making a sound, and then he is not,
and the world is warm and red and entirely simple for the first time in four months. The hunger is
not a hum now. It is a choir.

When you come back to yourself, the street is quiet.

His eyes are open. The spot on his chin. The bad haircut. You can see his name on a register, OH,
and a teacher calling it, and a boy at the back saying _here_ without looking up.

The virus will wake him soon. You know what you should do about it, and you do it, quickly, with
your eyes shut, and walk away down the middle of the street with his blood drying on your chin.

You have never felt so full, or so alone.

Behind you, a truck turns into the far end of the street, and stops.
-> memorial_find

=== conscript_leave "Far Enough Away" ===
~ hunger += 1
~ suspicion += 1
You cannot go near the blood. You know it the way you know the edge of a roof. But to leave him to
bleed out under a phone shop sign would make you a different kind of monster, one you have not
agreed to be.

So you throw chunks of concrete at the steel sign until it rings like a bell, until boots three
streets away change direction and a voice shouts _Private Oh!_ Then you melt into the doorway
opposite and wait.

Four of them come running. They lift the sign and pack his wound, and he is alive; you can hear his
heart, stubborn. As the truck pulls away you hear him telling someone in a voice high with shock:
_She was right there. She was right there and she didn't._

It will go in a report. You walk north through the dusk, hungrier than before, knowing someone in an
office will read about you tonight.
-> memorial_find

=== memorial_find "What On-jo Left" ===
That night you go back to the memorial, past all the faces, to the place where her gifts hang.

{visits(memorial_meeting) > 0: You take out what she pressed into your hands across the rope, which you have not yet been able to open.|In the shelter of the fence post is the thing she left for you.}

You sit with your back against the fence, among the dead, to look at it.
-> memory_onjo ->
{if gift == "blood"}
~ hunger -= 2
A bag of blood in a camp towel, expired two days ago. On the towel, in marker: _FOR NAM-RA. EAT
SOMETHING. DAE-SU AND MI-JIN._

You drink it slowly. It is human; you can taste the difference, and it is terrible how much better
it is. But nobody bled for it except by choice, and the people who gave it know exactly what you are
and wrote your name on it. You did not know that could be a kind of grace. It is.

Folded inside the towel, a note in On-jo's writing: _Eat something. Then come and find us. We'll
leave the gap behind the laundry open._
{else}
~ humanity += 1
It is your class notebook, blue and soft at the corners, the attendance lists in your own neat hand.
Every name, every day, and a pencil cross beside the ones who did not make it; you remember adding
them at the end, in the broadcasting room, with your hands shaking.

Tucked into the last page is a note from On-jo. _You kept count of all of us. Somebody should keep
count of you._ Underneath, in her hand, a new line in the register: your own name, and in the column
for today a small neat tick. Present.
{end}
~ gift = "nothing"
{visits(interrogation_deal) > 0 and visits(memorial_meeting) == 0: There is a second note, folded very small, in handwriting that wobbles. _I told the Major where you were. I thought they wanted to help. He said they take them to Building Nine, at the reservoir. I'm so sorry. Don't forgive me. Just be all right._}
{visits(camp_hyoryung) > 0 and visits(memorial_meeting) == 0: On the back of her note, in smaller writing: _Hyo-ryung heard the soldiers. They take them to the reservoir, to a place called Building Nine._}

You sit with it a long time. Down the hill, the camp lights go out one row at a time.
+ [Write back on the back of her note]
    You find a stub of pencil and try to write everything you want to say to her. It does not fit.
    You write _I'm still here_ instead, which is most of it, and fold it into the fence where she
    will find it.
    Then you take stock of yourself, the old way.
    ~ trust += 1
    -> reckoning ->
    -> crossroads
+ [Keep it, and say nothing]
    You fold it into your shirt against your skin. You do not write back. Anything you could say
    would be a promise, and you are not sure you should be making promises.
    You take stock of yourself, the old way.
    -> reckoning ->
    -> crossroads

=== crossroads "Where the Roads Go" ===
{if hunger >= HUNGER_MAX or humanity <= 0}
You try to stand up, and the world tilts, and the hunger, which has been so patient with you for so
long, stops being patient.
-> lost_self
{end}
When you get up, the city is waiting for you to choose.

Word has come from Tae-gyu, scratched on the church door: the old water tower on the ridge above the
camp, tomorrow night. He is gathering everyone who got away. He is done hiding.

{knows_lab: North, up the reservoir road, two gates and a grey building by the dam, where they took Ms. Seo {visits(raid_drain) > 0: and where they would have taken Ye-eun|and Ye-eun}.|Somewhere, wherever the trucks go, Ms. Seo {visits(raid_drain) > 0: is waiting|and Ye-eun are waiting} for someone who knows where to look.}

Below you, the camp, the gap in the fence behind the laundry, and six people who climbed a staircase
in the dark to find you. Beyond it all, the mountains, where villages the roads forgot stand empty.
Nobody would look for anyone up there.

You were class president. You know how to choose when every choice is wrong.
+ [Go to the water tower, where Tae-gyu is gathering the others] -> uprising_gather
+ {knows_lab else "You do not know where they took Ms. Seo. You would be searching the whole north of the city alone."} [Go to the reservoir] -> reservoir_approach
+ {trust >= 5 else "You have not given them a reason to open the fence for you. Not yet."} [Go to your friends] -> friends_door
+ {visits(raid_drain) > 0 else "Ye-eun is gone, and no one else would follow you up there."} [Take Ye-eun into the mountains] -> mountain_road
