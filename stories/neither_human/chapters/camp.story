// Chapter Three: On-jo, in the quarantine camp, on the same day as Chapter Two.
// The reader plays On-jo: the interrogation (trust, suspicion, knows_lab; she can trade
// the hiding place if Nam-ra told them), one afternoon with one friend, and the night walk
// to the memorial with a gift (gift). If trust is high enough, Nam-ra comes to meet her.

=== camp_morning "Morning in the Camp" === #chapter: Three: On-jo #viewpoint: On-jo
_Go back one day, to the morning after the roof. On the other side of the city, while Nam-ra sleeps under the station, the story belongs to On-jo._

The camp wakes you the way it wakes everyone: a recorded bugle from the loudspeaker on the water
tower, a little too fast, as if the tape had stretched. Eleven cots in Tent Eleven. Your friends in
six of them. The canvas is pale with morning and smells of damp and disinfectant.

You did not sleep. You lay on your cot with your eyes open and saw her go over the parapet, again
and again, her hair lifting, her school skirt, the dark swallowing her like water.

When the soldiers met you at the bottom of the stairs last night, they were polite. They wrote down
your names and walked you back through the gate. Nobody asked you anything. You knew that meant
they were going to ask you everything, later, in a room.

At seven, a corporal puts his head through the tent flap and reads your name off a clipboard.

"On-jo. Tent Eleven. Administration block, Room Four."

Su-hyeok is sitting up before the corporal has finished. You shake your head at him. He lies back
down, slowly, and watches you go.
-> interrogation

=== interrogation "Room Four" ===
Room Four has a table, two chairs, a camera on a tripod with a red light, and a window that looks
onto a wall. The man behind the table is in his forties, with grey at his temples and a wedding
ring he keeps turning with his thumb. His name badge says Major Kang. He has the kind of face that
would be kind, if it were not so tired.

"Sit down, please. Would you like some water? No?" He presses a button on the camera. "Recording
resumed. This is question {turn} of my morning, and I apologise for that; you are not the
first student I have seen today and you will not be the last."

He slides a photograph across the table. It is grainy and grey and green, taken from above, with a
little white scale bar in the corner. The roof of Hyosan High. A hot bloom where the fire was. Six
warm shapes sitting around it. And a seventh, at the edge, cooler than the others, caught in the
act of stepping into nothing.

"Her body temperature is thirty-one degrees," the Major says. "That is not a temperature a living
girl can have. Nor is it the temperature of the infected we have recovered, who run colder still.
She is something in between." He taps the cool shape with one finger. "Who is she?"

You think of her face in the firelight, trying so hard not to want you. You think of the whine in
the sky that only she could hear.
+ [Tell him she died in Yangdong]
    "Her name was..." You stop. Start again. "She was our class president. She died in Yangdong,
    before the soldiers found us. Whatever that is on your roof, it isn't her."
    The Major looks at you for a long moment, and turns his ring, and writes something down.
    "Of course," he says gently. "I'm sorry for your loss." He does not believe you. You can see him
    not believing you. But he has seen how you said it, and he knows now exactly how much she matters
    to you, and you will wonder later whether that was the thing he wanted all along.
    ~ trust += 1
    ~ suspicion += 1
    -> interrogation_end
+ [Tell him nothing at all]
    You look at the photograph, and then at the wall through the window, and you say nothing.
    The Major waits. He is good at waiting. The camera's red light blinks. Somewhere outside a truck
    reverses, beeping. You count the beeps. You get to two hundred and eleven before he sighs and
    switches the camera off.
    "All right," he says. "All right. You're loyal. I respect that. I'll tell you something anyway,
    and you can do what you like with it."
    -> interrogation_end
+ {told_friends else "You know nothing that would buy anything."} [Tell him where the others hide, if he promises a cure] -> interrogation_deal

=== interrogation_deal "The Deal" ===
~ suspicion += 2
~ trust -= 2
~ knows_lab = true
"If I tell you something," you hear yourself say, "will you help them? Not shoot them. Not cage
them. Help them. She says there are others like her. If they're like her, they can be cured. Can't
they? You're looking for a cure?"

"We are," the Major says. He says it simply, without hesitating, and you want so badly for it to be
true that you stop listening to how quickly he said it.

So you tell him. The arcade under Hyosan Station, the grate behind the bus depot. You tell him that
they are frightened, that one of them is fourteen, that they hold back. You tell him that Nam-ra
carries a jar of pig's blood so she does not have to hurt anybody.

He writes all of it down. When you have finished he thanks you, and switches off the camera, and
for the first time he looks at you as if you were not a child. "There is a facility at the
reservoir," he says. "Building Nine. It is where the work is done. If your friend is what I think
she is, she may be the most important person in Korea. I want you to remember that I said so."
-> interrogation_end

=== interrogation_end "What the Major Wants" ===
{visits(interrogation_deal) > 0: Before you go, the Major keeps you one minute more.|The Major leans back in his chair and looks at the ceiling for a while before he speaks.}

"The man who made the Jonas virus," he says, "taught science at your school. Before he died he told
us a vaccine was impossible." He turns his ring. "He was wrong about one thing. There is a kind of
infected who does not die and does not finish turning. Something in their blood stops it halfway."

He does not say _Nam-ra_. He does not need to.

"We took his wife and son into care. They were infected. Fully, I'm afraid. What we do not have is
someone who can still talk to us." He looks at you. "I am not a monster, whatever you have been
told about soldiers. I have a daughter your age in Daegu. I want this to end as much as you do."

{visits(interrogation_deal) > 0: You think of what he told you about Building Nine, by the reservoir, and you wonder what kind of ending he means.|You do not know yet where his work is done. You notice that he does not tell you.}

"When she comes to you," he says, "and she will come to you, tell her that. Tell her we can help."
He stands up, and the interview is over.

{visits(interrogation_deal) > 0: You walk out of Room Four into the sun and stand in the middle of the camp with the breakfast queue moving around you like water around a stone, and it takes a long time for the feeling to arrive. When it does, it feels like falling.}
-> camp_tent

=== camp_tent "Tent Eleven" ===
The day goes slowly. Days in the camp always do.

There is a queue for the telephones, where you can call anyone in Korea for three minutes if you
have someone to call. You do not. Your father's name is on the list at the camp gate, with the other
names, the ones that will not be answering.

{visits(interrogation_deal) > 0: You do not tell anyone what you said in Room Four. You tell yourself you will. You keep not doing it.|When you come back from Room Four, they all want to know, and you tell them: the photograph, the temperature, the Major with his ring. Dae-su says "thirty-one degrees" four times, as if it were a song lyric.}

The afternoon opens up, long and empty. You have time, before lights-out, to really sit with one of
your friends.
+ [Sit with Ha-ri] -> camp_hari
+ [Listen to Hyo-ryung] -> camp_hyoryung
+ [Help Dae-su and Mi-jin in the medical tent] -> camp_daesu
+ [Walk the fence with Su-hyeok] -> camp_suhyeok

=== camp_hari "Ha-ri" ===
~ trust += 1
Ha-ri is behind the laundry, where nobody goes, whittling.

She has found a length of ash and a kitchen knife, and she is shaving it down stroke by stroke into
the shape of a bow. Beside her are arrows made from tent pegs, with fletching cut from a plastic
folder. They are not very good arrows. She keeps making them anyway.

You sit down next to her. For a long time neither of you says anything, and then she says, without
looking up, "He would have liked her fire."

"Woo-jin?"

"He'd have said it was stupid. Lighting a fire on a roof in a war zone." Her knife goes down the
wood, and down. "And then he'd have gone straight up the stairs, first, to see who lit it." She
blows the shavings away. "I thought, last night, if Nam-ra can come back, then maybe. I know that's
not how it works. I know he's not coming back. But somebody did. Somebody got to."

"She did," you say.

"Then she counts double," Ha-ri says fiercely. "For him, too. I'm going to make sure of it." She
holds up the bow, half-finished, and sights down it at the fence. "Tell her that, if you see her.
Tell her Ha-ri says she doesn't get to give up. Not now. Not after Yangdong."
-> night_out

=== camp_hyoryung "What Hyo-ryung Heard" ===
~ knows_lab = true
Hyo-ryung is sitting on an upturned bucket outside the signals tent, shelling peanuts, which is a
thing she does so that she has a reason to sit outside the signals tent.

"They never lower their voices," she says, when you sit down beside her. "Soldiers. They think
students are furniture." She offers you a peanut. "I've been listening for three weeks."

She tells you what she has heard. Trucks that go out at night, north, on the reservoir road. A code
name, _Second Class_, that makes the radio operator laugh every time. And a place: a building by the
dam that they call Nine. "Deliver to Nine." "Nine says the Busan transfer is confirmed."

"I don't know what Busan has to do with anything," Hyo-ryung says. "But they took a man out of the
camp last week, a taxi driver, the one who never talked. Mr. Gu. They said he was going to hospital.
The truck went north." She cracks a peanut. "The hospital is south."

You sit with her and shell peanuts and feel the camp change shape around you, the way a room does
when you learn someone is standing behind the curtain.
-> night_out

=== camp_daesu "Rations" ===
~ gift = "blood"
Dae-su and Mi-jin have been given jobs in the medical tent, because Dae-su once told a nurse he
wanted to be a doctor, which was a lie, and Mi-jin came with him because someone has to keep him
from fainting.

Dae-su is singing under his breath as they sort bandages, a ballad from two years ago, badly, with
feeling. Mi-jin is telling him to stop, the way she has every day since the outbreak.

"On-jo," Dae-su says, and his face lights up, and then goes shifty. He looks over his shoulder at
the nurse's station. Then he reaches under the trestle table and comes up with something wrapped in
a camp towel, and puts it in your hands.

It is cold. It is soft. It is a bag of blood, out of date by two days, the label stamped in red.

"They throw them out," he says, very fast. "When they expire. They just throw them out, On-jo,
they burn them, and I thought, she's got to eat, right? She's got to eat something. I'm not saying
it's a good idea. I'm saying it's better than the alternative. Isn't it?"

"He's been carrying it around all morning," Mi-jin says. "In his shirt. Like a baby."

"It's for Nam-ra," Dae-su says, as if you might not have guessed. "From both of us."
-> night_out

=== camp_suhyeok "The Fence" ===
~ suspicion -= 1
Su-hyeok walks the fence every afternoon. He says it is for exercise. You have never believed him.

You walk the whole loop with him, chain-link and razor wire. He does not talk much. He never has.
But at the back of the laundry he stops, looks both ways, crouches, and shows you where the
chain-link has come away from the post at the bottom, just enough to lift.

"Guard tower can't see it," he says. "The camera on the laundry is pointed at the wrong corner.
I've been watching for a week." He lets the wire fall back. "In case."

"In case what?"

He does not answer for a while. Then he says, looking up at the hill, at the dark bulk of the school
against the sky, "I kept thinking, last night. What she said. That she'd go a long way from us, if
it ever didn't pass." His jaw works. "I don't want her to have to go a long way. I want there to be
a way back, too. That's all. A gap in the fence. For when she needs one."

He says it the way he used to say the answers in class, like facts he had worked out himself. He
does not say he misses her. He does not have to.
-> night_out

=== night_out "Through the Fence" ===
Lights-out comes at ten. The loudspeaker on the water tower plays a lullaby, which someone in
administration must think is a kind touch. You lie on your cot and wait for the breathing in the
tent to go slow and even, and then you get up in your clothes and go out.

{visits(camp_suhyeok) > 0: You go to the gap behind the laundry, the one Su-hyeok showed you, and lift the wire, and roll under.|You go out the way you always go, through the drainage culvert by the motor pool, on your stomach in the mud.}

{~ A flashlight sweeps across the laundry wall and away again. You lie flat until it is gone.|A dog barks somewhere in the motor pool, and a soldier tells it to shut up, and it does.|Nothing moves. The guard in the tower is smoking; you can see the tiny orange point of it rise and fall.}

And then you are outside, on the hill road, in the dark, walking up toward the memorial with your
heart going hard and a gift in your hands. You bring something every night. Tonight it has to be
the right thing.
+ (notebook) [Take Nam-ra's old notebook]
    It is a school notebook with a blue cover, soft at the corners, and inside, in handwriting so
    neat it looks printed, are the attendance lists for your class, every day from March until the
    day it ended. You found it in the wreck of the broadcasting room and you have carried it ever
    since. Some of the names have a small pencil cross beside them. She must have added those, at
    the end, keeping count even then. You have never been able to look at them for long.
    It is hers. It should go back to her.
    ~ gift = "notebook"
    -> memorial
+ (bloodbag) {gift == "blood" else "Only Dae-su knows where the medical tent throws out its bags."} [Take the blood bag Dae-su found]
    The bag is wrapped in Dae-su's towel, and it is heavier than you expected. You carry it against
    your chest so it will not swing. It feels strange and intimate and a little horrible, carrying it
    up the hill like that, the way you might carry a lunchbox to someone working late.
    It is food. She has to eat. It is the most practical kind of love you can think of.
    -> memorial

=== memorial "The Memorial" ===
The memorial runs the length of the old school car park: two hundred metres of chain-link fence
that used to keep students in, now hung with everything the living could think to bring.
Photographs in plastic sleeves, curling at the edges. School ties. A baseball glove. Hair clips.
Letters folded small. Somebody's mobile phone, the screen cracked, still with its charm on.

You walk along it until you find the place where your things are. The paper crane from last night
is still there, a little damp. You stand in front of it for a moment, as you always do, and bow.
Then you put the {gift == "blood": blood bag|notebook} down in the shelter of the fence post, where
the rain will not get it, and step back.

Up above, the school is a black shape against the cloud. No fire tonight. But she might be out there
anyway, watching, the way she must have watched every night. You have felt it here for a month.
+ {trust >= 5 else "The dark stays dark. If she is out there, she has not decided she should come to you."} [Call her name into the dark] -> memorial_meeting
+ [Leave the gift and go back] -> camp_return

=== memorial_meeting "Across the Rope" ===
~ trust += 1
"Nam-ra," you say. Not loudly. You do not need to be loud; you never have, with her.

For a long moment nothing. Then the dark at the end of the fence moves, and she is there, on the
other side of the rope the soldiers strung to keep people off the rubble. She is soaked to the
knees and there is smoke in her hair and something dark dried on her sleeve, and she is holding
herself very still, the way she did on the roof.

"They came for the others," she says. "At dusk. Under the station." Her voice is quite steady.
"They took a woman who kept a ledger. She didn't even fight."

{visits(raid_drain) > 0: "There's a girl waiting for me down the hill," she adds. "Fourteen. I carried her out. She's afraid of the dark, which is funny, if you think about it."}

{visits(interrogation_deal) > 0: The ground tilts under you. You have to hold on to the fence.}

{visits(interrogation_deal) > 0: "I told them," you say. "This morning. The Major. He said they were looking for a cure, and I wanted it to be true so much that I told him where, and I'm sorry, Nam-ra, I'm so sorry."}

{visits(interrogation_deal) > 0: She is quiet for a long time. Then she says, "They'd have found it. They followed me from the roof." You do not know if it is true. You do not know if she knows. She says it anyway, and that is the kindest and worst thing anyone has ever done for you.}

{visits(interrogation_deal) == 0 and visits(camp_hyoryung) > 0: "There's a building by the reservoir," you tell her. "Building Nine. That's where they take them. Hyo-ryung heard it on the radio. They're studying the science teacher's family there. They want someone who can talk. Nam-ra, they want you." She takes it in without moving. You can see her memorising it.}

{visits(interrogation_deal) + visits(camp_hyoryung) == 0: You tell her about Room Four, and the photograph, and the Major with his ring, who wants her to know that they can help. She listens to all of it. When you have finished she says, "Can they?" and you find that you do not know.}
+ {hunger < SAFE else "She flinches back from the rope when you move. Not tonight, her face says. I'm too close to the edge tonight."} [Reach across the rope for her hand]
    You reach across the rope. She looks at your hand for a long time, the way she used to look at
    an exam question she had not expected. Then she takes it.
    Her fingers are cold and careful, as if your hand were something she might break. You hold on.
    Behind you, the photographs of your dead classmates stir in the wind off the hill, and you stand
    there holding hands with one who came back, and for a minute, for one whole minute, nothing
    else in the world is true.
    When at last you let go, you pick up the {gift == "blood": blood bag|notebook} from the fence post
    and put it into her hands, and she holds it against her chest as if it were warm.
    ~ trust += 1
    -> camp_return
+ [Tell her to go before the patrol]
    "Go," you say. "The patrol comes up this road at half past. Go, Nam-ra. Take it." You point at the
    gift by the fence post. "It's for you. Please."
    She picks it up. She looks at you over it, and for a moment her face does something complicated,
    and then she is gone, and the dark is only dark again.
    -> camp_return

=== camp_return "The Count" ===
You get back under the wire with ten minutes to spare. The tent is dark and full of breathing. You
lie down on your cot in your muddy clothes and pull the blanket up to your chin and stare at the
canvas.

Across the aisle, Su-hyeok's eyes are open. He does not say anything. After a while he reaches out
across the gap between the cots, and you reach back, and your fingers touch, and that is all.

{suspicion >= 4: At the morning count a sergeant stops at your cot and looks at your boots for a long time. Then he writes your name on his clipboard, and underlines it, and moves on.|At the morning count, the sergeant does not look twice at your boots. Nobody in this camp looks twice at anything any more.}

_Here the story gives itself back to Nam-ra._
-> ruins_day
