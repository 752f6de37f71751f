// Chapter Three: On-jo, in the quarantine camp, on the same day as Chapter Two.
// The reader plays On-jo: Room Four (onjo_deal: she can trade the hiding place if Nam-ra told
// them), one afternoon with one friend, each with a choice that changes something later
// (hari_watch, hyo_listens, told_eat and the blood bag, knows_gap and gap_marked), and the night
// walk to the memorial with a gift. If trust is high enough, Nam-ra comes to meet her.

=== camp_morning "Morning in the Camp" === #chapter: Three: On-jo #viewpoint: On-jo
\**Chapter Three: On-jo**

_Go back one day, to the morning after the roof. While Nam-ra's day goes by under the city, the
story belongs to On-jo._

A recorded bugle from the loudspeaker on the water tower, a little too fast. Eleven cots in Tent
Eleven, you and your friends in six of them. You did not sleep.
{if visits(stairwell) > 0}
All night you heard her voice telling you to walk down slowly, students who saw a fire, and you
walked, and you did not look back for her, because she asked you not to.
{elif visits(fire_out) > 0}
All night you felt the warm wet ash under your hand, on a roof where nobody came out to you.
{elif visits(reunion) > 0}
All night you watched her go over the parapet, the dark swallowing her like water.
{else}
All night you saw the fire burning on the parapet with nobody beside it, and the paper crane you
left there weighted with a piece of brick, as if she might come back for it.
{end}

The soldiers at the bottom of the stairs asked you nothing last night, which meant they would ask
you everything later, in a room. At seven, a corporal reads your name off a clipboard: "On-jo. Tent
Eleven. Administration block, Room Four."

Su-hyeok sits up. You shake your head at him, and he lies back down and watches you go.
-> interrogation

=== interrogation "Room Four" ===
Room Four has a table, two chairs, a camera on a tripod and a window onto a wall. The man behind the
table is grey at the temples and keeps turning his wedding ring with his thumb. His badge says Major
Kang. His face would be kind, if it were not so tired.

"Sit down, please." He starts the camera. "You are not the first student I have seen this morning,
and I apologise for that. I am aware that you have all been asked too many questions."

He slides a photograph across the table, grainy and green, taken from above: the roof of Hyosan
High, {visits(fire_out) > 0: a warm smudge where a fire has been put out|a hot bloom where the fire was}, six warm shapes around it. And a seventh at the edge, cooler
than the others, {visits(fire_out) > 0 or visits(stairwell) > 0: standing very still at the bottom of a far stair behind the gymnasium.|caught stepping into nothing.}

"That one runs at thirty-one degrees," the Major says. "No living girl runs that cold, and the
infected run colder. She is something in between." He taps the cool shape. "Who is she?"
* [Tell him she died in Yangdong: he will see how much she matters]
    "She was our class president," you say. "She died in Yangdong. Whatever is on your roof, it
    isn't her."

    The Major writes something down. "I'm sorry for your loss," he says gently. He does not believe
    you. But he has seen how you said it, and he knows now exactly how much she matters to you, and
    you will wonder later whether that was what he wanted all along.
    ~ onjo_lied = true
    ~ trust += 1
    ~ suspicion += 1
    -> interrogation_end
* [Tell him nothing at all]
    You say nothing. The Major is good at waiting. Outside a truck reverses, beeping; you count two
    hundred and eleven beeps before he sighs and switches the camera off.

    "All right," he says. "You're loyal. I respect that. I'll tell you something anyway."
    -> interrogation_end
* {told_friends else "You know nothing that would buy anything."} [Tell him where the others hide, if he promises a cure: it would cost her trust, and theirs] -> interrogation_deal

=== interrogation_deal "The Deal" ===
~ suspicion += 2
~ trust -= 2
~ onjo_deal = true
"If I tell you something," you hear yourself say, "will you help them? Not shoot them. Not cage
them. She says there are others like her. If they're like her, they can be cured. Can't they?"

"We are looking for a cure," the Major says, simply, without hesitating, and you want so badly for
it to be true that you stop listening to how quickly he said it.

So you tell him. The arcade under Hyosan Station, the grate behind the bus depot. That they are
frightened, that one of them is fourteen, that they hold back. That Nam-ra drinks pig's blood so
she does not have to hurt anybody.

He writes all of it down. Then he switches off the camera, and for the first time he looks at you
as if you were not a child.

"There is a facility at the reservoir," he says. "Building Nine. If your friend is what I think she
is, she may be the most important person in Korea. Remember that I said so."
-> interrogation_end

=== interrogation_end "What the Major Wants" ===
{onjo_deal: Before you go, the Major keeps you one minute more.|The Major leans back and looks at the ceiling for a while.}

"The man who made the Jonas virus taught science at your school," he says. "He told us a vaccine was
impossible. He was wrong about one thing. There is a kind of infected who does not finish turning.
Something in their blood stops it halfway."

He does not say her name. He lets you say it to yourself.

"We took his wife and son into care. Fully infected, I'm afraid. What we do not have is someone who
can still talk to us." He turns his ring. "I'm not a monster. I have a daughter your age in Daegu. I
want this to end as much as you do."

{onjo_deal: You think of Building Nine, and wonder what kind of ending he means.|You notice that he does not tell you where his work is done.}

"When she comes to you," he says, "and she will, tell her we can help."

{onjo_deal: You walk out into the sun and stand in the middle of the camp with the breakfast queue parting around you like water around a stone. When the feeling arrives, it feels like falling.}
-> camp_tent

=== camp_tent "Tent Eleven" ===
The day goes slowly. There is a queue for the telephones in the administration block, three
minutes each to call anyone in Korea. Your father's name is on the list at the camp gate, with the
ones that will not be answering.

{onjo_deal: You do not tell anyone what you said in Room Four. You keep meaning to.|You tell the others about Room Four: the photograph, the temperature, the Major with his ring. Dae-su says "thirty-one degrees" four times, like a song lyric.}

Before lights-out there is time to really sit with one of your friends.
* [Sit with Ha-ri behind the laundry] -> camp_hari
* [Listen to Hyo-ryung outside the signals tent] -> camp_hyoryung
* [Help Dae-su and Mi-jin in the medical tent] -> camp_daesu
* [Walk the fence with Su-hyeok] -> camp_suhyeok

=== camp_hari "Ha-ri" ===
~ trust += 1
Ha-ri is behind the laundry, where nobody goes, whittling a length of ash into a bow with a kitchen
knife. Beside her are arrows made from tent pegs, fletched with a cut-up plastic folder. They are
not very good arrows. She keeps making them anyway.

For a long time neither of you speaks. Then she says, without looking up, "He would have liked her
fire."

"Woo-jin?"

"He'd have said it was stupid. A fire on a roof in a war zone. And then he'd have gone straight up
the stairs, first, to see who lit it." She blows the shavings away. "I know he's not coming back.
But somebody did. Somebody got to."

"She did," you say.

"Then she counts double," Ha-ri says fiercely. "For him, too." {visits(hari_grief) > 0: She is quiet for a moment. "She said she was sorry. Last night. Nobody else has said it to me like that. Like they were there."}

She sights down the half-finished bow at the fence. "You're going down to the memorial tonight.
You go every night. I'm not stupid."
* [Ask her to keep watch on the hill road while you go: she will be out after lights-out too]
    "Will you watch the road?" you ask. "Just tonight. From the bend."

    Ha-ri tests the bowstring with her thumb. "I was going to anyway," she says. "I just wanted you
    to ask."
    ~ hari_watch = true
    -> night_out
* [Ask her to walk all the way to the fence with you, bow and all: two out after lights-out is twice the risk] -> hari_night
* [Tell her to stay in the tent, where nobody can write her name down]
    "Stay in," you say. "If they catch one of us out, it should only be one."

    "That's the stupidest kind of brave," Ha-ri says. But she puts the bow under her cot that night,
    and she stays.
    -> night_out

=== camp_hyoryung "What Hyo-ryung Heard" ===
Hyo-ryung is sitting on an upturned bucket outside the signals tent, shelling peanuts, which gives
her a reason to sit outside the signals tent.

"Soldiers never lower their voices," she says. "They think students are furniture. I've been
listening for three weeks."

Trucks that go out at night, north, on the reservoir road. A code name, _Second Class_, that makes
the radio operator laugh every time. And a building by the dam that they call Nine. "Deliver to
Nine." "Nine says the Busan transfer is confirmed."

"I don't know what Busan has to do with anything," she says. "But in March they took a taxi driver
out of the camp, the one who never talked. Mr. Gu. They said he was going to hospital. The truck
went north." She cracks a peanut. "The hospital is south."

You shell peanuts with her and feel the camp change shape around you, the way a room does when you
learn someone is standing behind the curtain.
* [Ask her to keep listening, and write down everything: it puts her name nearer the top of a list]
    "Keep listening," you say. "Write it down. Dates, names, what they say about Nine."

    Hyo-ryung nods as if you had asked her to pass the salt. "I already am," she says, and shows you
    the inside of her peanut bag, where a folded page is covered in tiny handwriting. "I just
    didn't know who it was for."
    ~ hyo_listens = true
    -> night_out
* [Stay with her at the signals tent until lights-out, and go from there: you will hear what the radio says about tonight] -> signals_night
* [Ask her to stop before someone notices her]
    "Stop," you say. "Please. If they notice you, they'll take you north too."

    Hyo-ryung looks at you for a long time. Then she tips the shells into the bucket and stands up.
    "Okay," she says. "For you." You are not sure, watching her walk away, that she means it.
    -> night_out

=== camp_daesu "Rations" ===
Dae-su and Mi-jin have jobs in the medical tent, because Dae-su once told a nurse he wanted to be a
doctor, which was a lie, and Mi-jin came with him because someone has to keep him from fainting. He
is singing a ballad from two years ago under his breath, badly, with feeling. Mi-jin is telling him
to stop.

{if told_eat}
"On-jo," Dae-su says, and his face lights up, and then goes shifty. He glances at the nurse's
station, reaches under the trestle table, and shows you something wrapped in a camp towel: a bag
of blood, cold and soft, two days out of date, the label stamped in red.

"They burn them when they expire," he says, very fast. "She told Mi-jin what she eats. And I
thought, pig's blood, from a market, in a war, that can't last, right? I'm not saying it's a good
idea. I'm saying it's better than the alternative."

"He's been carrying it around all morning," Mi-jin says. "In his shirt. Like a baby. If anyone
counts the bags, it's his name on the rota."
* [Take the bag for her: if it is missed, Dae-su answers for it]
    You take it. It is heavier than it looks, and cold, and you hold it like something that might
    wake up.

    "It's for Nam-ra," Dae-su says, as if you might not have guessed. "From both of us."
    ~ bag_taken = true
    ~ suspicion += 1
    * * [Ask him what he will say if the nurse counts]
        "And if she counts?" you ask.

        "I'll say I dropped it." Dae-su thinks about this. "And it burst. And I cleaned it up."

        "She'll believe that," Mi-jin says. "That's the terrible part."
    * * [Thank them both, properly]
        "Thank you," you say. "Both of you. She'll know who it's from."

        Dae-su goes red to the ears. Mi-jin pretends to be very busy with a roll of tape.
* [Tell him to put it back before anyone counts]
    "Put it back," you say. "If they catch you, they'll ask why, and the answer is her."

    Dae-su looks at the bag for a long moment, then at you, and puts it back. "Next time," he says.
    "I'm not promising there won't be a next time."
    {else}
    "On-jo," Dae-su says, and then, lower: "What does she eat? Nam-ra. She didn't say. She wouldn't."

    Mi-jin stops rolling bandages. "There's a fridge in the back," she says, not looking at it. "Bags
    they burn when they expire. Nobody counts the expired ones. Probably."
* [Tell them: blood, and she needs more than she can find]
    "Blood," you say. "She needs blood. I don't think she's getting enough."

    Dae-su goes pale and then very determined, both at once. Mi-jin writes something on the back of
    her hand in biro. "Tomorrow," she says. "Let us think about it until tomorrow."
    ~ told_eat = true
* [Tell them you don't know, and that it isn't theirs to fix]
    "I don't know," you say. "And it's not ours to fix. Not like that."

    Mi-jin goes back to the bandages. Dae-su starts singing again, more quietly, and does not finish
    the song.
    {end}
- {bag_taken: You put the bag inside your sweatshirt, against your stomach, where it stays cold for the rest of the afternoon.}
The nurse calls for more gauze from the far end of the tent, and Mi-jin goes, and the afternoon
closes over the three of you like water. Nobody in the medical tent looks up when you leave.
-> night_out

=== camp_suhyeok "The Fence" ===
~ suspicion -= 1
~ knows_gap = true
Su-hyeok walks the fence every afternoon. He says it is for exercise. You have never believed him.

You walk the loop with him, chain-link and razor wire. At the back of the laundry he stops, looks
both ways, and shows you where the chain-link has come away from the post at the bottom, just enough
to lift.

"Guard tower can't see it," he says. "The camera on the laundry is pointed at the wrong corner." He
lets the wire fall back. "In case."

"In case what?"

He looks up at the dark bulk of the school on the hill. {told_truth: "She said she'd go a long way from us, if it ever didn't pass." His jaw works. "I want there to be a way back, too. A gap in the fence. For when she needs one."|{visits(suhyeok_question) > 0: "She said she'd never hurt us. I didn't believe her. I don't think she did either." His jaw works. "So there should be a way in, and a way out. A gap in the fence. For when she needs one."|"She didn't say anything to me, up there. She didn't have to." His jaw works. "So there should be a way in, and a way out. A gap in the fence. For when she needs one."}}

He crouches by the post with a strip of white cloth from a torn pillowcase in his hand, turning it
over.
* [Tie the cloth to the post, low down, so she can find it: a guard could find it too]
    You take the cloth from him and tie it round the bottom of the post, just above the mud, where
    nobody would see it unless they were looking.

    "She'll be looking," Su-hyeok says.
    ~ gap_marked = true
    -> night_out
* [Ask him to come to the memorial with you tonight, and see her himself]
    "Come with me tonight," you say. "To the fence. If she comes, she should see you there too."

    He thinks about it for longer than you expect. "Okay," he says. "But you do the talking. She
    always listened to you." He says it lightly. He means it.

    Before you walk on he ties the cloth round the bottom of the post, low, just above the mud.
    ~ gap_marked = true
    -> suhyeok_night
* [Tell him to leave no mark at all]
    "No mark," you say. "If she comes, she'll find it. She finds everything."

    He puts the cloth back in his pocket. He does not argue. He just stands there a while longer,
    looking up at the hill, before you walk on.
    -> night_out

=== night_out "Through the Fence" ===
Lights-out comes at ten, with a loudspeaker lullaby someone must think is kind. You wait for the
breathing in the tent to go slow and even, then get up in your clothes and go out.

{knows_gap: You go to the gap behind the laundry, the one Su-hyeok showed you, and lift the wire, and roll under.|You go out the way you always go, through the drainage culvert by the motor pool, on your stomach in the mud.}

{hari_watch: At the bend in the hill road a shadow lifts one hand: Ha-ri, with her bow across her knees. You lift yours back.}

{~ A flashlight sweeps across the laundry wall and away again. You lie flat until it is gone.|A dog barks somewhere in the motor pool, and a soldier tells it to shut up, and it does.|Nothing moves. In the tower, the tiny orange point of the guard's cigarette rises and falls.}

Then you are on the hill road in the dark with a gift in your hands. You bring something every
night. Tonight it has to be the right thing.
* (notebook) [Take Nam-ra's old notebook]
    A school notebook with a blue cover, soft at the corners: the attendance lists for your class,
    in handwriting so neat it looks printed, every day from March until the day it ended. You found
    it in the wreck of the broadcasting room. Some names have a small pencil cross beside them; she
    must have added those at the end, keeping count even then.

    It should go back to her.
    ~ gift = notebook
    -> memorial
* (bloodbag) {bag_taken else "You have nothing she could eat. Only Dae-su knows where the medical tent throws out its bags."} [Take the blood bag Dae-su found]
    You carry the bag in Dae-su's towel against your chest so it will not swing, as you might carry
    a lunchbox to someone working late. It feels strange and intimate and a little horrible.

    She has to eat. It is the most practical kind of love you can think of.
    ~ gift = blood
    -> memorial
* (turn_back) {not hari_watch} [Turn back at the bend: there is a torch on the hill road early tonight, and she will find nothing at the fence]
    -> night_turned

=== memorial "The Memorial" ===
The memorial runs the length of the old school car park: two hundred metres of chain-link hung with
everything the living could think to bring. Photographs curling in plastic sleeves. School ties. A
baseball glove. A cracked phone with its charm still on.

{visits(late_fire) > 0: At your place nothing has changed since the night before last. Last night you never got as far as the fence: you saw the smoke on the roof from the camp, and ran for the others.|At your place, the paper crane from last night is a little damp.} {took_photo: The photograph of Class {CLASS} is gone from its sleeve. You noticed last night. You have not stopped noticing. Somebody took it, and there is only one somebody it could be.} You bow, as you always do, and put the {gift == blood: blood bag|notebook} down in the shelter of the fence post.

Up above, the school is a black shape against the cloud. No fire tonight. But she might be out
there, watching.{visits(suhyeok_night) > 0: Behind you, Su-hyeok waits by the tie that is not anyone's.}{visits(hari_night) > 0: Down at the last bend, Ha-ri is a darker shape in the grass, not moving.}
* {trust >= 5 else "The dark stays dark. If she is out there, she has not decided she should come to you."} [Call her name into the dark] -> memorial_meeting
* [Leave the gift and go back] -> camp_return
* [Sit down by the fence and wait with the dead until the patrol comes: they will see you]
    You sit down with your back to the fence, among the photographs, and wait. She does not come.
    The patrol does, at half past, two soldiers with a torch, who find a girl from Tent Eleven sitting
    in the dark at the memorial and are kinder about it than you expected. They walk you back to the
    gate. One of them writes your name down.
    ~ suspicion += 1
    ~ walked_back = true
    -> camp_return

=== memorial_meeting "Across the Rope" ===
~ trust += 1
"Nam-ra," you say. Not loudly. You never needed to be loud, with her.

For a long moment, nothing. Then the dark at the end of the fence moves, and she is there, on the
other side of the rope the soldiers strung to keep people off the rubble. She is soaked to the
knees, with smoke in her hair and something dark dried on her sleeve, and she is holding herself
very still, as she did on the roof.

{visits(hari_night) > 0: "Ha-ri's at the bend," she says first. "With a bow. Tell her she still holds it like she used to." }{visits(suhyeok_night) > 0: She looks past you at Su-hyeok, by the tie, and he lifts one hand, and she nods to him, once.}

"They came for the others," she says. "At dusk. Under the station." Her voice is quite steady. "They
took a woman who kept a ledger. She didn't even fight."

{visits(signals_night) > 0: "I know," you say. "I heard it. Hyo-ryung and I, in the signals tent. They were laughing." You did not mean to say the last part. She nods as if you had told her the weather.}

{took_ledger: Under her arm is a green pharmacy stock book, held as carefully as a baby. "She gave me this," Nam-ra says. "Instead of letting me carry her."}

{yeeun == with_you: "There's a girl waiting for me in a church on the ring road," she adds. "Fourteen. She got out with me. She's afraid of the dark, which is funny, if you think about it."}

{if onjo_deal}
The ground tilts under you. You have to hold on to the fence.

"I told them," you say. "This morning. The Major said they were looking for a cure, and I wanted it
to be true so much that I told him where. He said they take them to a place by the reservoir. Building
Nine. I'm sorry, Nam-ra. I'm so sorry."
~ knows_lab = true

She is quiet for a long time. Then she says, "They'd have found it. They followed me from the roof."
You do not know if it is true. She says it anyway, and that is the kindest and worst thing anyone
has ever done for you.
{elif visits(camp_hyoryung) > 0}
"There's a building by the reservoir," you tell her. "Building Nine. That's where they take them.
Hyo-ryung heard it on the radio. They have the science teacher's family there. They want someone
who can talk. Nam-ra, they want you." You can see her learning it by heart.
~ knows_lab = true
{else}
You tell her about Room Four, and the photograph, and the Major with his ring, who wants her to know
that they can help. When you have finished she says, "Can they?" and you find that you do not know.
{end}
* {hunger < SAFE else "She flinches back from the rope when you move. Not tonight, her face says. I'm too close to the edge tonight."} [Reach across the rope for her hand]
    You reach across the rope. She looks at your hand for a long time, as she used to look at an
    exam question she had not expected. Then she takes it.

    Her fingers are cold and careful, as if your hand were something she might break. Behind you the
    photographs of your dead classmates stir in the wind, and you stand there holding hands with one
    who came back, and for one whole minute nothing else in the world is true.

    When you let go, you put the {gift == blood: blood bag|notebook} into her hands, and she holds
    it against her chest as if it were warm.
    ~ trust += 1
    ~ gift_in_hand = true
    -> camp_return
* {trust >= 7 else "You want to ask her to come in with you. You can see in her face that she would say no."} [Ask her to come back with you, through the wire, tonight] -> meeting_no
* [Tell her to go before the patrol]
    "Go," you say. "The patrol comes up this road at half past. Take it." You point at the gift by
    the fence post. "It's for you. Please."

    She picks it up. For a moment her face does something complicated, and then she is gone, and the
    dark is only dark again.
    -> camp_return

=== camp_return "The Count" ===
{if walked_back}
The soldiers leave you at the gate, and you walk back to Tent Eleven down the middle of the lane, in
full view, because there is no point in anything else. Across the aisle, Su-hyeok's eyes are
open.{visits(suhyeok_night) > 0: He saw the torch from where he stood by the tie, and went back under the wire before it reached you, because you had made him promise to.}
{elif visits(suhyeok_night) > 0}
You come back under the wire together, Su-hyeok holding it up for you again, with ten minutes to
spare, and lie down on your cots across the aisle from each other without a word.
{elif visits(night_turned) > 0}
You get back under the wire long before the count, with the gift still in your hands and mud down
the front of you. Across the aisle, Su-hyeok's eyes are open.
{else}
You get back under the wire with ten minutes to spare. Across the aisle, Su-hyeok's eyes are open.
{end}
He reaches across the gap between the cots, and you reach back, and your fingers touch, and that is
all.

{if hari_watch and not walked_back}
~ suspicion -= 1
Ha-ri comes in a quarter of an hour after you, silent, and slides the bow under her cot. In the
morning she tells you the patrol turned back at the bend because somebody threw a stone into the
pines on the far side of the road. She does not say who.
{end}

{suspicion >= 4: At the morning count a sergeant looks at your boots for a long time. Then he writes your name on his clipboard and underlines it.|At the morning count, the sergeant does not look twice at your boots. Nobody here looks twice at anything any more.}

_Here the story gives itself back to Nam-ra._
-> ruins_day

=== meeting_no "Not Yet" ===
"Come back with me," you say. "Through the wire. Tonight. We'll hide you. I don't care how."

She looks past you at the camp for a long time: the rows of tents, the guard tower, the one light
in the administration block where a man turns his wedding ring.

"Not yet," she says. "Not into a place where they count heads every morning. I'd be the wrong
number, and they'd find out, and then it would be you they came for."

You pick the {gift == blood: blood bag|notebook} up from the fence post and hold it out over the rope. She takes it from your hands, very carefully, without touching your fingers. "Ask me again," she says. "Not tonight. Ask me again."

Then she is gone, and you stand at the rope with your hands empty, and you find that you are not
sorry you asked.
~ gift_in_hand = true
~ trust += 1
-> camp_return

=== night_turned "The Bend" ===
At the bend in the hill road a torch comes round the corner toward you, early, swinging at the
height of a man's hand. You are in the ditch before you have decided to be, face down in the wet
grass, with the gift under you. Boots go past a metre from your head. A soldier is humming a trot
song, the one from the night watch, and stops, and starts again.

When he has gone on up the hill toward the memorial, you lie there a long time, counting. He will
come back this way. He will stand at the fence, and shine his torch along it, and see whoever is
standing there.

You go back down. You tell yourself it is one night. You tell yourself she will understand, if she
came, if she was there at all. The fence will have nothing new on it, and she will look at the
place where your gifts hang, and find {visits(late_fire) > 0: nothing new there since the night before the fire|the crane from last night, going soft in the damp}.
-> camp_return

=== hari_night "Two on the Hill Road" ===
~ hari_watch = true
~ gift = notebook
Lights-out. Ha-ri goes first through the culvert by the motor pool, with the bow strung across her
back and the tent-peg arrows in a rolled-up towel, and waits for you on the far side with her hand
out to pull you through.

You take Nam-ra's notebook, the one with the blue cover. There is no time to choose anything else.

Ha-ri walks the hill road as she used to walk onto the archery range: not fast, not slow, looking at
nothing and seeing everything. At the last bend below the memorial she stops and unslings the bow.

"This is as far as I go," she says. "She won't come if I'm standing there with a weapon. She'd be
right not to." She sits down in the long grass at the side of the road, an arrow across her knees.
"If the patrol comes, you'll hear me first."
-> memorial

=== signals_night "The Radio" ===
~ hyo_listens = true
~ gift = notebook
You stay. The light goes. Inside the signals tent the radio operator eats his supper with his boots
on the desk, and the radio talks to itself, and Hyo-ryung shells peanuts and does not move.

At a quarter to seven the voices change. A lot of them at once, clipped and busy. _"Station."_
_"Grate secure."_ _"Specimens, nine, ten, eleven."_ Someone says _"the old woman"_ and someone else laughs.
{yeeun == taken: Someone says _"no, the small one bit him"_, and nobody laughs at that.|Someone says _"one got out through the drain, with the kid"_, and somebody swears.}

Hyo-ryung stops shelling peanuts. You look at each other. Neither of you says the word _arcade_.
Neither of you needs to.

At lights-out you do not go back to the tent first. You take Nam-ra's old notebook, the blue one from the
broadcasting room, out from under your sweatshirt, where it has been all day, and go straight up the hill road in the dark.
-> memorial

=== suhyeok_night "Two at the Fence" ===
Lights-out. You go out together through the gap behind the laundry, under the white cloth, Su-hyeok
first, holding the wire up for you, and up the hill road in the dark without a torch. Inside your
jacket is Nam-ra's old notebook, the one with the blue cover, found in the wreck of the broadcasting
room. There was no time to choose anything else.

He walks the way he walks the fence in the afternoons: steadily, looking at everything. When a
flashlight sweeps the road he puts his hand flat on your back and you both go down into the ditch
without a word, and come up again when it has passed.

At the memorial he stops a little way off, by a school tie that is not anyone's you know, and lets
you go on alone. "I'll be here," he says. "She might not come if there are two of us."
~ gift = notebook
~ suspicion -= 1
-> memorial
