// Chapter Four: hunger. The day after the raid: one deliberate meal (or the ledger, or the
// trucks), then the conscript, the hunger's test (conscript = saved, "bitten" or "left").
// Chapter Six (after On-jo's second day): what On-jo left, the second reckoning, and the
// crossroads that sends the story down one of five roads.

=== ruins_day "Daylight" === #chapter: Four: Hunger #mood: parched
\**Chapter Four: Hunger**

~ hunger = min(hunger + 1, HUNGER_MAX)
Morning finds you in the bell tower of the burned church, where soldiers would need a long ladder
and a good reason to reach you. You do not really sleep any more; you go still, and the hours go
past.

{yeeun == with_you: Ye-eun is curled in the corner on her pink school bag, {visits(yeeun_unchained) > 0: Tae-gyu's key on a string round her neck. She has not let go of it since the arcade.|the chain still around her wrist, with the bolt from the pillar wrapped in a rag so that it does not clank. You have told her you will get it off.}|The corner where you would have put Ye-eun is empty. You keep looking at it.}

{visits(memorial_meeting) > 0: Inside your shirt is what On-jo {gift_in_hand: put into your hands across the rope|left at the fence post for you, which you picked up while she watched}. You have not opened it. You are saving it, like the last page of a book.}

{ally == tae_gyu: Tae-gyu went out before dawn. He left his jacket folded beside you, which you understand is a kind of promise.|Tae-gyu left before dawn and said only, "I'll send word."}

Down in the streets the army is everywhere: trucks on the ring road, patrols going house to house,
drones stitching the sky. They are looking for you.
{if hunger >= 8}
-> hunger_fit ->
{end}

You cannot stay in the tower all day. {hunger >= SAFE: Not with the hunger the way it is.|Not even with the hunger quiet.} {knows_lab: Not with Building Nine on the map in your head, and Ms. Seo inside it.|Not with the question of where they took Ms. Seo sitting in your chest like a swallowed stone.}
* [Follow the trucks' tracks toward the edge of the city: in daylight, under the drones]
    You follow the fresh tyre marks in the ash north, shadow to shadow. It is stupid to move in
    daylight. Twice a drone passes close enough that you see the lens turn, and you freeze in a
    doorway until it moves on.

    Around noon, in a street of collapsed shops, you hear someone crying for help.
    ~ suspicion += 1
    -> conscript
* [Stay in the shadows until dark: the hunger will climb all day]
    You sit in the tower through the long white day, the hunger climbing toward you one step at a
    time. At dusk you cannot sit still any longer. You go down, hungrier than you have been in a
    week, and two blocks north, in a street of collapsed shops, you hear someone crying for help.
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    -> conscript
* [Go to the market cold store and eat what is left: it means crossing the ring road by day] -> cold_store_day
* {took_ledger} [Open Ms. Seo's ledger at last] -> ledger_read

=== cold_store_day "What Is Left" ===
~ suspicion += 1
You cross the ring road at noon between two patrols, flat in the shadow of a burned-out bus, and go
down the ramp of the butcher's market into the cold.

{day == at_market: You were here two days ago. It feels like a year.} Somebody else has been here
since. The door of the cold store is open, and most of the tubs are gone, and there are boot prints
in the frost on the floor. The soldiers know about this place now. But at the back, behind the last
hook, they missed four.

You eat two, slowly, in the dark, with your back to the wall. {yeeun == with_you: You keep the other two for Ye-eun, wrapped in your jacket, cold against your ribs. She will hold one against her face like a cold cloth before she drinks it; she always does.|You take the other two with you. You do not know yet who they are for.}

The hunger settles. Not asleep: seated. It is the first meal you have chosen since the roof, rather
than had forced on you by the hunger or by luck, and you notice the difference.

On the way back north, in a street of collapsed shops, you hear someone crying for help.
~ hunger = max(hunger - 3, 0)
-> conscript

=== ledger_read "The Ledger" ===
You open Ms. Seo's ledger in the light from the broken louvres of the bell tower.

Names down the side, hours across the top, a number in every box in tidy blue biro. Tae-gyu, sevens
and eights. Mr. Gu, steady fives, until the column stops in March. Ye-eun, nines. And at the bottom
of the last page, newer than the rest, your own name, with one number beside it, and a note in the
margin: _"Says she is fine. Is not. Watch."_

At the back is a map. The river, the ring road, the long curve of the reservoir north of the city,
and a square by the dam with a nine drawn in it, and an arrow, and a line of writing: _"Followed a
truck here in March. No one comes out. Two gates. The water goes under it."_

You sit with the ledger on your knees for a long time. Then you put it inside your jacket, and go
down, and north, toward the reservoir road, because you know now where to look.

Two blocks on, in a street of collapsed shops, you hear someone crying for help.
~ knows_lab = true
~ humanity += 1
-> conscript

=== conscript "The Conscript" ===
~ hunger = min(hunger + 2, HUNGER_MAX)
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
* {hunger < 8 else "There is nothing in you but the smell of his blood. If you go near that wound, you will not stop at the wound."} [Bind his leg: you will have to kneel in his blood] -> conscript_help
* [Drink: the hunger will stop, and so will he] -> conscript_bite
* [Leave him where his unit will find him: they will know you were here] -> conscript_leave
* [Talk to him first, and let the hunger wait: it will not wait long] -> conscript_talk

=== conscript_help "Tourniquet" ===
~ humanity += 1
~ knows_lab = true
~ conscript = saved
You take off your school tie.

You kneel in his blood, which is the hardest thing you have ever done, and tie it around his thigh,
and twist the knot tight with his own bayonet while he screams, until the bleeding stops. You hold
your breath the whole time. Four minutes. You did not know you could.

Then you lift the sign off him and prop him against a wall.

"Why?" he says, crying as people do from pain, without noticing.

"You said please."

Because you ask, he tells you. Building Nine, up at the reservoir, through two gates. That is where
they took the ones from the arcade. A woman there keeps asking for her ledger. {yeeun == taken: There is a girl on the list, too, fourteen, who screams at night.} The science teacher's wife and son are there, in a room by themselves. They call the programme _Second Class_.

"They said you were animals," he says. "That you'd go for the throat."

"Some of us will," you say. "Tell them it's not as simple as they think."

You fire his flare pistol into the sky so his unit will come back, and you are gone before the red
light has finished falling.
-> onjo_second_day

=== conscript_bite "The Taste of It" ===
~ hunger = 1
~ humanity -= 3
~ suspicion += 2
~ conscript = bitten
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
-> onjo_second_day

=== conscript_leave "Far Enough Away" ===
~ suspicion += 1
~ conscript = left
{hunger >= 8: You cannot go near the blood. You know it as you know the edge of a roof.|You could go near the blood, probably. You do not trust your hands to stay kind once they are in it.} But to leave him to bleed out under a phone shop sign would make you a different kind of monster, one you have not agreed to be.

So you throw chunks of concrete at the steel sign until it rings like a bell, until boots three
streets away change direction and a voice shouts _Private Oh!_ Then you melt into the doorway
opposite and wait.

Four of them come running. They lift the sign and pack his wound, and he is alive; you can hear his
heart, stubborn. As the truck pulls away you hear him telling someone in a voice high with shock:
_She was right there. She was right there and she didn't._

It will go in a report. You walk on north, hungrier than before, knowing someone in an office will
read about you tonight.
~ hunger = min(hunger + 1, HUNGER_MAX)
-> onjo_second_day

=== memorial_find "What On-jo Left" === #chapter: Six: The Crossroads
\**Chapter Six: The Crossroads**

That night you go back to the memorial, past all the faces, to the place where her gifts hang.

{if gift_in_hand}
You take out what she put into your hands across the rope last night, which you have not yet been able
to open.
{elif visits(memorial_meeting) > 0}
You take out what you picked up from the fence post last night while she watched, which you have not
yet been able to open.
{elif gift_late}
In the shelter of the fence post, pushed in tonight beside a folded page, is what she did not bring
last night. The camp soap is still on the paper.
{elif gift == nothing}
There is nothing new at her place: not tonight, not last night. {visits(late_fire) == 0: The paper crane from the night of the fire has gone soft in the damp.} You tell yourself it means nothing. A patrol, a count, a
sergeant with her name underlined. You tell yourself that twice.
{else}
In the shelter of the fence post is the thing she left for you last night, still there. Nobody else
touches her place on the fence.
{end}

{took_photo: On the wire, in the sleeve where the class photograph used to be, there is a new one: the same photograph, a copy, from somebody's phone, printed in the camp office. Every tick is still above every head. She has put a new tick above yours, in ink this time.}

{gift == nothing: You sit with your back against the fence, among the dead, with nothing to look at.|You sit with your back against the fence, among the dead, and open it at last.}
-> memory_onjo ->
{if gift == blood}
A bag of blood in a camp towel, expired two days ago. On the towel, in marker: _"FOR NAM-RA. EAT
SOMETHING. DAE-SU AND MI-JIN."_

You drink it slowly. It is human; you can taste the difference, and it is terrible how much better
it is. But nobody bled for it except by choice, and the people who gave it know exactly what you are
and wrote your name on it. You did not know that could be a kind of grace. It is.

Folded inside the towel, a note in On-jo's writing: _"Eat something. Then come and find us."_
{if knows_gap}
~ told_gap = true
Underneath, smaller: _"Su-hyeok found a gap behind the laundry, where the camera points the wrong way. It's for you."_
{end}
~ hunger = max(hunger - 4, 0)
{elif gift == notebook}
~ humanity += 1
It is your class notebook, blue and soft at the corners, the attendance lists in your own neat hand.
Every name, every day, and a pencil cross beside the ones who did not make it; you remember adding
them at the end, in the broadcasting room, with your hands shaking.

Tucked into the last page is a note from On-jo. _"You kept count of all of us. Somebody should keep
count of you."_ Underneath, in her hand, a new line in the register: your own name, and in the
column for today a small neat tick. Present.
{if knows_gap}
~ told_gap = true
On the back, smaller: _"Su-hyeok found a gap behind the laundry, where the camera points the wrong way. It's for you."_
{end}
{end}
{if onjo_deal and visits(memorial_meeting) == 0 and gift != nothing}
~ knows_lab = true
There is a second note, folded very small, in handwriting that wobbles. _"I told the Major where you were. I thought they wanted to help. He said they take them to Building Nine, at the reservoir. I'm so sorry. Don't forgive me. Just be all right."_
{elif visits(camp_hyoryung) > 0 and visits(memorial_meeting) == 0 and gift != nothing}
~ knows_lab = true
On the back of her note, in smaller writing: _"Hyo-ryung heard the soldiers. They take them to the reservoir, to a place called Building Nine."_
{end}
{if heard_prep}
~ knows_lab = true

There is another note tonight, newer than the rest, pushed through the wire a few hours ago: you
can still smell the camp soap on it. {prep_blood or prep_room or prep_phone or hyo_pages: _"We've been busy."_ Then a list, in On-jo's hand, with comments in other people's.|_"We wanted to do something today, and we didn't, and we're sorry."_ Six names underneath, in six different hands.} {prep_room: _"Mi-jin has made you a room behind the rice sacks in the ration store."_ (_"It has comics,"_ in Dae-su's writing.)} {prep_blood: _"Dae-su has three bags hidden in the rice."_ (_"Expired but fine,"_ in Dae-su's.)} {prep_phone: _"Hyo-ryung has a phone that can go live."_} {hyo_pages: _"Hyo-ryung says Building Nine sends a container to Busan, and then Japan. She wrote down the date."_} At the bottom, in On-jo's writing again: _"Come to us, or tell us where you go. Either one."_
{end}
{if heard_prep and hyo_pages}
~ knows_ship = true
{end}

{gift == nothing: You sit a long time anyway.|You sit with it a long time.} Down the hill, the camp lights go out one row at a time.
* {gift != nothing} [Answer on the back of her note: two words, and they will be a promise]
    You find a stub of pencil and try to write everything you want to say to her. It does not fit.
    You write _"I'm still here"_ instead, which is most of it, and fold it into the fence where she
    will find it.
    ~ trust += 1
    ~ wrote_back = true
* {gift != nothing} [Keep it, and say nothing]
    You fold it into your shirt against your skin. You do not write back. Anything you could say
    would be a promise, and you are not sure you should be making {promised_onjo: another one, with the one from the roof still to keep|promises}.
* {gift == nothing} [Leave her a note of your own in the wire: two words, and they will be a promise]
    You find a stub of pencil and the back of a ration label in your pocket, and try to write
    everything you want to say to her. It does not fit. You write _"I'm still here"_ instead, which
    is most of it, and fold it into the wire at her place, where she will find it.
    ~ trust += 1
    ~ wrote_back = true
* {gift == nothing} [Leave nothing, and go: if she has stopped coming, that is safer for her]
    You leave the fence as you found it. If she has stopped coming, it is the sensible thing, the
    safe thing, the thing you would have told her to do. You are surprised by how much it hurts to
    be right.
    ~ humanity -= 1
- Before you stand, you count the faces on the fence, all the way to the end of the wire, from habit.
-> reckoning ->
-> crossroads

=== crossroads "Where the Roads Go" ===
{if lost()}
You try to stand up, and the world tilts, and the hunger, which has been so patient with you for so
long, stops being patient.
-> lost_self
{end}
When you get up, the city is waiting for you to choose.

Before you left the church this morning you read what Tae-gyu had scratched on its door: the old
water tower on the ridge above the camp, tonight. He is gathering everyone who got away. He
is done hiding.

{knows_lab: North, up the reservoir road, two gates and a grey building by the dam, where they took Ms. Seo{yeeun == taken:, and Ye-eun}.|Somewhere, wherever the trucks go, Ms. Seo {yeeun == taken: and Ye-eun are|is} waiting for someone who knows where to look.}

Below you, the camp{told_gap:, the gap in the fence behind the laundry,} and six people who
climbed a staircase in the dark to find you. Beyond it all, the mountains, where villages the roads
forgot stand empty. Nobody would look for anyone up there.

You were class president. You know how to choose when every choice is wrong.
* [Go to the water tower, where Tae-gyu is gathering the others] -> uprising_gather
* {knows_lab else "You do not know where they took Ms. Seo. You would be searching the whole north of the city alone."} [Go to the reservoir] -> reservoir_approach
* {trust >= 5 or heard_prep else "You have not given them a reason to open the fence for you, and they have not asked."} [Go to your friends] -> friends_door
* {yeeun == with_you else "Ye-eun is gone, and no one else would follow you up there."} [Take Ye-eun into the mountains] -> mountain_road
* {told_truth} [Keep what you told Su-hyeok on the roof: go a long way from them, while you still can]
    You go down the hill to the camp and stand in the dark outside the wire behind the laundry, and
    you do not have to wait long. Six hearts wake, one after another, as if you had called the
    register, and one by one they come out to the wire in camp sweatshirts and unlaced shoes.
    -> long_road

=== conscript_talk "Oh" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
~ humanity += 1
You crouch on the far side of the street, as far from the blood as the street allows, and ask him
his name.

"Oh," he says. "Oh Jun-ho." Then, because you are still there and have not moved, "Private."

"Where are you from, Private Oh?"

"Daegu." He is crying without noticing. "My mum has a restaurant. Cold noodles. She'll be angry I
didn't write."

You ask about the restaurant, and he tells you, and every sentence costs you, because the hunger
does not care about cold noodles, and it is listening to his heart while you listen to his voice.
But he is a person again by the end of it, a particular person with a mother and a menu, and there is
one thing you know you will not do to him.
* {hunger < 8 else "You have talked too long. The hunger is at the front of you now; you could not trust your hands in that wound."} [Bind his leg: you will have to kneel in his blood] -> conscript_help
* [Leave him where his unit will find him: they will know you were here] -> conscript_leave
