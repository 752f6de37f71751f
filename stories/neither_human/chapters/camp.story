// Chapter Three: On-jo, in the quarantine camp, on the same day as Chapter Two.
// The reader plays On-jo: the interrogation (trust, suspicion, knows_lab; she can trade
// the hiding place if Nam-ra told them), one afternoon with one friend, and the night walk
// to the memorial with a gift (gift). If trust is high enough, Nam-ra comes to meet her.

=== camp_morning "Morning in the Camp" === #chapter: Three: On-jo #viewpoint: On-jo
_Go back one day, to the morning after the roof. While Nam-ra sleeps under the station, the story
belongs to On-jo._

A recorded bugle from the loudspeaker on the water tower, a little too fast. Eleven cots in Tent
Eleven, your friends in six of them. You did not sleep. All night you watched her go over the
parapet, the dark swallowing her like water.

The soldiers at the bottom of the stairs asked you nothing last night, which meant they would ask
you everything later, in a room. At seven, a corporal reads your name off a clipboard: "On-jo. Tent
Eleven. Administration block, Room Four."

Su-hyeok sits up. You shake your head at him, and he lies back down and watches you go.
-> interrogation

=== interrogation "Room Four" ===
Room Four has a table, two chairs, a camera on a tripod and a window onto a wall. The man behind the
table is grey at the temples and keeps turning his wedding ring with his thumb. His badge says Major
Kang. His face would be kind, if it were not so tired.

"Sit down, please." He starts the camera. "This is question {turn} of my morning, and I apologise;
you are not the first student I have seen today."

He slides a photograph across the table, grainy and green, taken from above: the roof of Hyosan
High, a hot bloom where the fire was, six warm shapes around it. And a seventh at the edge, cooler
than the others, caught stepping into nothing.

"Her body temperature is thirty-one degrees," the Major says. "No living girl runs that cold, and
the infected run colder. She is something in between." He taps the cool shape. "Who is she?"
+ [Tell him she died in Yangdong]
    "She was our class president," you say. "She died in Yangdong. Whatever is on your roof, it
    isn't her."
    The Major writes something down. "I'm sorry for your loss," he says gently. He does not believe
    you. But he has seen how you said it, and he knows now exactly how much she matters to you, and
    you will wonder later whether that was what he wanted all along.
    ~ trust += 1
    ~ suspicion += 1
    -> interrogation_end
+ [Tell him nothing at all]
    You say nothing. The Major is good at waiting. Outside a truck reverses, beeping; you count two
    hundred and eleven beeps before he sighs and switches the camera off.
    "All right," he says. "You're loyal. I respect that. I'll tell you something anyway."
    -> interrogation_end
+ {told_friends else "You know nothing that would buy anything."} [Tell him where the others hide, if he promises a cure] -> interrogation_deal

=== interrogation_deal "The Deal" ===
~ suspicion += 2
~ trust -= 2
~ knows_lab = true
"If I tell you something," you hear yourself say, "will you help them? Not shoot them. Not cage
them. She says there are others like her. If they're like her, they can be cured. Can't they?"

"We are looking for a cure," the Major says, simply, without hesitating, and you want so badly for
it to be true that you stop listening to how quickly he said it.

So you tell him. The arcade under Hyosan Station, the grate behind the bus depot. That they are
frightened, that one of them is fourteen, that they hold back. That Nam-ra carries a jar of pig's
blood so she does not have to hurt anybody.

He writes all of it down. Then he switches off the camera, and for the first time he looks at you as
if you were not a child. "There is a facility at the reservoir," he says. "Building Nine. If your
friend is what I think she is, she may be the most important person in Korea. Remember that I said
so."
-> interrogation_end

=== interrogation_end "What the Major Wants" ===
{visits(interrogation_deal) > 0: Before you go, the Major keeps you one minute more.|The Major leans back and looks at the ceiling for a while.}

"The man who made the Jonas virus taught science at your school," he says. "He told us a vaccine was
impossible. He was wrong about one thing. There is a kind of infected who does not finish turning.
Something in their blood stops it halfway."

He does not say _Nam-ra_. He does not need to.

"We took his wife and son into care. Fully infected, I'm afraid. What we do not have is someone who
can still talk to us." He turns his ring. "I'm not a monster. I have a daughter your age in Daegu. I
want this to end as much as you do."

{visits(interrogation_deal) > 0: You think of Building Nine, and wonder what kind of ending he means.|You notice that he does not tell you where his work is done.}

"When she comes to you," he says, "and she will, tell her we can help."

{visits(interrogation_deal) > 0: You walk out into the sun and stand in the middle of the camp with the breakfast queue moving around you like water around a stone. When the feeling arrives, it feels like falling.}
-> camp_tent

=== camp_tent "Tent Eleven" ===
The day goes slowly. There is a queue for the telephones, three minutes to call anyone in Korea.
Your father's name is on the list at the camp gate, with the ones that will not be answering.

{visits(interrogation_deal) > 0: You do not tell anyone what you said in Room Four. You keep meaning to.|You tell the others about Room Four: the photograph, the temperature, the Major with his ring. Dae-su says "thirty-one degrees" four times, like a song lyric.}

Before lights-out there is time to really sit with one of your friends.
+ [Sit with Ha-ri] -> camp_hari
+ [Listen to Hyo-ryung] -> camp_hyoryung
+ [Help Dae-su and Mi-jin in the medical tent] -> camp_daesu
+ [Walk the fence with Su-hyeok] -> camp_suhyeok

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

"Then she counts double," Ha-ri says fiercely. "For him, too." She sights down the half-finished bow
at the fence. "Tell her Ha-ri says she doesn't get to give up. Not after Yangdong."
-> night_out

=== camp_hyoryung "What Hyo-ryung Heard" ===
~ knows_lab = true
Hyo-ryung is sitting on an upturned bucket outside the signals tent, shelling peanuts, which gives
her a reason to sit outside the signals tent.

"Soldiers never lower their voices," she says. "They think students are furniture. I've been
listening for three weeks."

Trucks that go out at night, north, on the reservoir road. A code name, _Second Class_, that makes
the radio operator laugh every time. And a building by the dam that they call Nine. "Deliver to
Nine." "Nine says the Busan transfer is confirmed."

"I don't know what Busan has to do with anything," she says. "But last week they took a taxi driver
out of the camp, the one who never talked. Mr. Gu. They said he was going to hospital. The truck
went north." She cracks a peanut. "The hospital is south."

You shell peanuts with her and feel the camp change shape around you, the way a room does when you
learn someone is standing behind the curtain.
-> night_out

=== camp_daesu "Rations" ===
~ gift = "blood"
Dae-su and Mi-jin have jobs in the medical tent, because Dae-su once told a nurse he wanted to be a
doctor, which was a lie, and Mi-jin came with him because someone has to keep him from fainting. He
is singing a ballad from two years ago under his breath, badly, with feeling. Mi-jin is telling him
to stop.

"On-jo," Dae-su says, and his face lights up, and then goes shifty. He glances at the nurse's
station, reaches under the trestle table, and puts something wrapped in a camp towel into your
hands: a bag of blood, cold and soft, two days out of date, the label stamped in red.

"They burn them when they expire," he says, very fast. "And I thought, she's got to eat, right? I'm
not saying it's a good idea. I'm saying it's better than the alternative."

"He's been carrying it around all morning," Mi-jin says. "In his shirt. Like a baby."

"It's for Nam-ra," Dae-su says, as if you might not have guessed. "From both of us."
-> night_out

=== camp_suhyeok "The Fence" ===
~ suspicion -= 1
Su-hyeok walks the fence every afternoon. He says it is for exercise. You have never believed him.

You walk the loop with him, chain-link and razor wire. At the back of the laundry he stops, looks
both ways, and shows you where the chain-link has come away from the post at the bottom, just enough
to lift.

"Guard tower can't see it," he says. "The camera on the laundry is pointed at the wrong corner." He
lets the wire fall back. "In case."

"In case what?"

He looks up at the dark bulk of the school on the hill. "She said she'd go a long way from us, if it
ever didn't pass." His jaw works. "I want there to be a way back, too. A gap in the fence. For when
she needs one."

He does not say he misses her. He does not have to.
-> night_out

=== night_out "Through the Fence" ===
Lights-out comes at ten, with a loudspeaker lullaby someone must think is kind. You wait for the
breathing in the tent to go slow and even, then get up in your clothes and go out.

{visits(camp_suhyeok) > 0: You go to the gap behind the laundry, the one Su-hyeok showed you, and lift the wire, and roll under.|You go out the way you always go, through the drainage culvert by the motor pool, on your stomach in the mud.}

{~ A flashlight sweeps across the laundry wall and away again. You lie flat until it is gone.|A dog barks somewhere in the motor pool, and a soldier tells it to shut up, and it does.|Nothing moves. In the tower, the tiny orange point of the guard's cigarette rises and falls.}

Then you are on the hill road in the dark with a gift in your hands. You bring something every
night. Tonight it has to be the right thing.
+ (notebook) [Take Nam-ra's old notebook]
    A school notebook with a blue cover, soft at the corners: the attendance lists for your class,
    in handwriting so neat it looks printed, every day from March until the day it ended. You found
    it in the wreck of the broadcasting room. Some names have a small pencil cross beside them; she
    must have added those at the end, keeping count even then.
    It should go back to her.
    ~ gift = "notebook"
    -> memorial
+ (bloodbag) {gift == "blood" else "Only Dae-su knows where the medical tent throws out its bags."} [Take the blood bag Dae-su found]
    You carry the bag in Dae-su's towel against your chest so it will not swing, the way you might
    carry a lunchbox to someone working late. It feels strange and intimate and a little horrible.
    She has to eat. It is the most practical kind of love you can think of.
    -> memorial

=== memorial "The Memorial" ===
The memorial runs the length of the old school car park: two hundred metres of chain-link hung with
everything the living could think to bring. Photographs curling in plastic sleeves. School ties. A
baseball glove. A cracked phone with its charm still on.

At your place, the paper crane from last night is a little damp. You bow, as you always do, and put
the {gift == "blood": blood bag|notebook} down in the shelter of the fence post.

Up above, the school is a black shape against the cloud. No fire tonight. But she might be out
there, watching.
+ {trust >= 5 else "The dark stays dark. If she is out there, she has not decided she should come to you."} [Call her name into the dark] -> memorial_meeting
+ [Leave the gift and go back] -> camp_return

=== memorial_meeting "Across the Rope" ===
~ trust += 1
"Nam-ra," you say. Not loudly. You never needed to be loud, with her.

For a long moment, nothing. Then the dark at the end of the fence moves, and she is there, on the
other side of the rope the soldiers strung to keep people off the rubble. She is soaked to the
knees, with smoke in her hair and something dark dried on her sleeve, and she is holding herself
very still, the way she did on the roof.

"They came for the others," she says. "At dusk. Under the station." Her voice is quite steady. "They
took a woman who kept a ledger. She didn't even fight."

{visits(raid_drain) > 0: "There's a girl waiting for me down the hill," she adds. "Fourteen. I carried her out. She's afraid of the dark, which is funny, if you think about it."}

{visits(interrogation_deal) > 0: The ground tilts under you. You have to hold on to the fence.}

{visits(interrogation_deal) > 0: "I told them," you say. "This morning. The Major said they were looking for a cure, and I wanted it to be true so much that I told him where. I'm sorry, Nam-ra. I'm so sorry."}

{visits(interrogation_deal) > 0: She is quiet for a long time. Then she says, "They'd have found it. They followed me from the roof." You do not know if it is true. She says it anyway, and that is the kindest and worst thing anyone has ever done for you.}

{visits(interrogation_deal) == 0 and visits(camp_hyoryung) > 0: "There's a building by the reservoir," you tell her. "Building Nine. That's where they take them. Hyo-ryung heard it on the radio. They have the science teacher's family there. They want someone who can talk. Nam-ra, they want you." You can see her memorising it.}

{visits(interrogation_deal) + visits(camp_hyoryung) == 0: You tell her about Room Four, and the photograph, and the Major with his ring, who wants her to know that they can help. When you have finished she says, "Can they?" and you find that you do not know.}
+ {hunger < SAFE else "She flinches back from the rope when you move. Not tonight, her face says. I'm too close to the edge tonight."} [Reach across the rope for her hand]
    You reach across the rope. She looks at your hand for a long time, the way she used to look at
    an exam question she had not expected. Then she takes it.
    Her fingers are cold and careful, as if your hand were something she might break. Behind you the
    photographs of your dead classmates stir in the wind, and you stand there holding hands with one
    who came back, and for one whole minute nothing else in the world is true.
    When you let go, you put the {gift == "blood": blood bag|notebook} into her hands, and she holds
    it against her chest as if it were warm.
    ~ trust += 1
    -> camp_return
+ [Tell her to go before the patrol]
    "Go," you say. "The patrol comes up this road at half past. Take it." You point at the gift by
    the fence post. "It's for you. Please."
    She picks it up. For a moment her face does something complicated, and then she is gone, and the
    dark is only dark again.
    -> camp_return

=== camp_return "The Count" ===
You get back under the wire with ten minutes to spare. Across the aisle, Su-hyeok's eyes are open.
He reaches across the gap between the cots, and you reach back, and your fingers touch, and that is
all.

{suspicion >= 4: At the morning count a sergeant looks at your boots for a long time. Then he writes your name on his clipboard and underlines it.|At the morning count, the sergeant does not look twice at your boots. Nobody here looks twice at anything any more.}

_Here the story gives itself back to Nam-ra._
-> ruins_day
