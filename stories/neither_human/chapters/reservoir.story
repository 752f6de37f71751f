// Chapter Seven: Building Nine, at the reservoir. Inside (a corridor of three rooms, each door a
// risk) or caught (the white room). What Nam-ra learned and carried out decides the ending:
// the cure on her own terms, the weapon, the samples bound for Japan, or the broadcast.
// Sets saw_board, took_manifest, promised_seo, knows_ship; may free Ms. Seo and Ye-eun.

=== reservoir_approach "The Reservoir" === #chapter: Building Nine #mood: cold
\**Chapter Seven: Building Nine**

The reservoir road climbs out of the city in long switchbacks through pine woods the bombs did not
reach. It smells of resin and cold water. After Hyosan, the quiet is almost shocking.

{yeeun == with_you: Ye-eun walks the first hour with you, holding your sleeve. At the last bend below the first gate you sit her down in a hollow under the pines, with your jacket round her shoulders, and tell her to wait for you there until dawn, and then another dawn, and then to walk down to the camp and ask for a girl called On-jo. She makes you say the name three times.}
{if yeeun == with_you}
~ yeeun_at = pines
{end}

You walk the last of it in the dark, in the trees. The first gate is a boom barrier and a sentry asleep in
his box. The second is newer: three metres of fence topped with coiled wire, floodlights, a camera
on a pole that turns slowly left and right, like someone shaking their head.

Beyond it, a long grey dam holds back a long black lake, and at its foot squats a concrete building
with slits for windows and a number painted on its side in letters taller than you. Nine.

You watch from the pines for an hour. The camera's sweep. The patrol, two soldiers and a dog, every
twenty minutes. The outflow from the dam, roaring down a concrete spillway into a tunnel that runs,
you are almost sure, right under the building.

{suspicion >= 4: Twice the patrol stops and the dog turns its nose toward the trees. They have been told to expect you.}
* [Go in through the spillway: if they are watching for you, they will be watching there too] -> spillway
* [Walk up to the gate with your hands raised: they will take you, but they will take you as you choose]
    You walk out of the trees into the floodlights with your hands raised and your palms open, as
    you stood on the roof when your friends came up the stairs.

    The camera stops turning. The dog goes mad. A siren starts, and then there are soldiers, a lot
    of them, rifles up, shouting, and you stand very still in the middle of it all and say, clearly,
    so the camera can hear: "My name is Nam-ra. I was a student at Hyosan High. I want to speak to
    whoever is in charge."
    ~ suspicion += 2
    ~ caught = gate
    -> white_room

=== spillway "The Spillway" ===
The water is as cold as a cellar in January and comes at you like a wall. You go in anyway.

You cannot drown; you learned that in the first month, by accident. You can still be beaten against
concrete by a million litres of water a minute, and for a long blind while you are, until your
fingers find a rung in the tunnel wall and you haul yourself onto a narrow steel catwalk lit by a
single caged bulb.

At the end of it is a door, stencilled in red: NO ENTRY. BUILDING 9. PLANT ROOM. It is locked. You
break the lock.
{if random(1, 6) <= suspicion}
Somewhere above you, a sensor you never saw notices the door opening. There is no alarm; only, a
moment later, a lot of boots on a metal staircase, and a calm voice on a radio: "Plant room. It's
her. Nets and poles, no firearms. Alive, please."

You are still dripping when the lights come on.
~ caught = water
-> white_room
{end}

Nobody comes. The plant room is pumps and pipes and the heavy hum of generators. You stand in the
dark and drip and listen to the building above you and, somewhere under its fluorescent buzz,
heartbeats. Some warm. Some very, very cold.
-> lab_corridor

=== lab_corridor "Building Nine" ===
{if suspicion >= 6}
You have been too slow, or too loud, or they knew all along. At both ends of the corridor the doors
open, and the soldiers come through in grey, with their goggles and their poles, not hurrying. There
is nowhere to go.
~ caught = water
-> white_room
{end}
{> The corridor above the plant room is long and white and smells of bleach. There are doors all along it, closed, with small wired-glass windows, and a clock at the far end that says it is ten past three in the morning.|You are back in the long white corridor. It is ten past three, still, or again; the clock on the wall has stopped.|The corridor again. Every time you come back to it, it seems longer.|The corridor. You are running out of time, and you know it.}

{& A fluorescent tube flickers and steadies.|Somewhere a door hisses shut on a pneumatic arm.|The air conditioning sighs through a grille above your head.}

Three doors matter. You can tell by the hearts behind them. Every door you open is one more chance
to be seen.

{suspicion >= 4: The building has begun to hum differently. Someone has noticed something. You do not have long.}
* [Try the cold room at the end of the corridor]
    ~ suspicion += 1
    -> cold_room
* [Try the office with the light on]
    ~ suspicion += 1
    -> lab_office
* [Try the sealed door with the small window]
    ~ suspicion += 1
    -> teachers_son
+ [Go, while you still can] -> lab_exit

=== cold_room "The Cold Room" ===
The cold room is a ward: six beds behind a glass wall, each with straps, each with a drip stand hung
with bags of something dark. {yeeun == taken: Four are empty, their sheets folded tight.|Five are empty, their sheets folded tight.}

In the sixth is Ms. Seo.

They have taken her glasses, and without them her face looks unfinished. Dressings run from her
elbows to her wrists, spotted brown where the needles went in. When you put your hand on the glass
she turns her head, and squints, and smiles.

"Nam-ra," she says. "I thought I recognised that heartbeat. Or the lack of it." Her voice is thin
but perfectly clear. {took_ledger: "You have my ledger. Good. They asked for it every day. I told them a girl ate it."|"They have my ledger. The doctor said it was the most useful document she had seen in a year. She said it as if it hurt her to say it."}

{yeeun == with_you: "The little one," she adds. "Ye-eun. Tell me you got her out." You nod. She closes her eyes for a moment. "Good. Good."|In the bed by the door, curled under a blanket with a strap across it, is Ye-eun. She is asleep, or something like it. "She screamed for you all the first night," Ms. Seo says. "I sang to her through the wall. I don't think it helped. They've given her something now."}

"They've taken a great deal of blood," she says. "I don't mind that. It's what it's for. What I mind
is that nobody asked. If they had asked, I would have rolled up my sleeve. I would have _helped_."
* [Promise to come back for her]
    "I'll come back for you," you say. "{yeeun == taken:For both of you. }I don't know how. But I
    will."

    Ms. Seo laughs, softly. "You're very like my granddaughter. She promised things with that exact
    face, too." She puts her hand against the glass, against yours. "All right. I'll hold you to it.
    Go on, now."
    ~ humanity += 1
    ~ promised_seo = true
    -> lab_corridor
* [Break the glass now, and carry her out: every alarm in the building will go off] -> seo_breakout
* [Ask her what they have found]
    "What have they found?" you ask. "In our blood."

    The pharmacist comes back into her face. "Something that stops the virus halfway. The doctor can
    see it, but she can't make it. Not without a living source who will give and give again. The
    blood of a frightened body is full of the wrong things." She lowers her voice. "And they're
    selling what they have. Samples, in a refrigerated container, going south to Busan, and then
    over the sea. Someone in Japan is paying. Someone is always paying."
    ~ knows_ship = true
    -> lab_corridor

=== lab_office "The Office" ===
~ knows_ship = true
~ saw_board = true
The office is the only room with a real window: a long pane looking out over the black reservoir.
Desks, computers asleep, filing cabinets, a coffee machine with a mug still under it. On the wall, a
whiteboard covered in the handwriting of someone who thinks faster than she can write.

At the top, underlined twice: SECOND CLASS. Below it, two columns. One is headed _Therapeutic_ and is
full of chemistry you half understand: antibody titres, viral load, _halt point_, _willing donor
essential?_ The other is headed _Applied_ in different, blockier handwriting, and is full of words you
understand perfectly. _Hunger as leash. Controlled deprivation. Deployable. Obedience under stress._

In a wire tray on the desk, a shipping manifest. A refrigerated container, forty-foot, from Building
Nine to Pier Seven, Busan, for onward shipment by ferry. The consignee is a company in Fukuoka with a
name that means nothing. The cargo is listed as _diagnostic reagents_. The departure date is tomorrow.

The door behind you opens.

She is in her thirties, in a cardigan over scrubs, with her hair coming out of its clip and a mug in
each hand, as if she had been about to bring one to someone. Her badge says DR. HAN. She looks at
you, soaked and filthy in the middle of her office, and she does not scream, and she does not reach
for the alarm. She puts the mugs down very carefully on the nearest desk.

"You're her," she says. "The one on the roof. Thirty-one degrees." She swallows. "I've been hoping
you'd come. I've also been hoping you wouldn't. Please don't hurt me. I'm the only one here who
wants what you want."
* [Let Dr. Han talk]
    You let her talk. She talks fast, like her handwriting. She came here to find a treatment, and
    she can see one, in the blood of people like you, just out of reach; every sample she takes from
    a terrified prisoner is spoiled by the terror; the Major's superiors are more interested in the
    other column; she wrote _willing donor essential_ on the board three months ago and nobody has
    read it.

    "If someone gave freely," she says. "Not a specimen. A person. Someone who could tell me what
    the hunger feels like from inside and what stops it. I think I could end this. I really do."

    She looks at you {visits(cold_room) > 0: as Ms. Seo looked at you through the glass, |}as if you were an answer.
    ~ humanity += 1
    -> lab_corridor
* {humanity >= 7 else "You do not trust what is left of you enough to give it to anyone. Not yet."} [Tell Dr. Han that you will give freely, on your own terms, starting now] -> willing_terms
* [Take the manifest and go: the camera in here works]
    You take the manifest from the tray and fold it into your shirt, and you walk past her to the
    door. She flinches, but she does not stop you.

    "They'll know it was you," she says to your back. "The camera in here works."

    "Let them," you say. It is the kind of thing Tae-gyu would say. You are not sure when you started
    sounding like him.
    ~ suspicion += 1
    ~ took_manifest = true
    -> lab_corridor

=== teachers_son "The Sealed Room" ===
The small window in the sealed door is at the height of your eyes. You look through it.

It is a room like a hotel room, if a hotel were run by someone who had only ever had them
described: two beds, a table bolted to the floor, a television behind a plastic screen, playing
cartoons with the sound off. Everything is soft. Everything is padded. There are no corners.

In the room are a woman and a boy.

You know who they are before you see their faces. Everyone in Hyosan knows. The science teacher's
wife and son, whom the army took away at the end, for reasons nobody would give. They are not like
you. You can see it in them: heads tilted, faces slack and grey and searching. They are all the way
gone. The virus finished with them months ago.

And yet. The boy is sitting on the floor in front of the cartoons, and every so often his head
follows the bright shapes across the screen. The woman stands behind him. Her hand rests on his
shoulder, and stays there, as if it had been left there when everything else was taken, as if
something in her had refused, to the very end, to let go of that one thing.

The man who made all this said there could be no cure. He said it, and then he died, and this is
what he left behind him: his wife with her hand on his son's shoulder, in a padded room, watching
cartoons, for ever.
* [Put your hand on the glass]
    You put your hand flat on the little window. Neither of them looks up. You stay anyway. You stay
    long enough to be sure, as sure as you can be, that the woman's hand does not move from her son's
    shoulder once in all that time.

    You think: whatever I am, I am still the kind of thing that can see that. You hold on to it.
    ~ humanity += 1
    -> lab_corridor
* [Open the sealed door: you want to see if she knows you are there]
    ~ suspicion += 2
    You find the bolt, and draw it, and open the door a hand's width. The smell of them comes out,
    cold and sweetish, nothing like a person.

    The boy does not look round. The woman does. Her head comes up, slowly, and turns toward the
    gap, and she takes one step, and then another, not toward you but sideways, until she is
    standing between you and her son. Her hand has not left his shoulder. She has simply brought
    him with her, a step, so that her body is in the way.

    You close the door. You slide the bolt home. Somewhere down the corridor a door opens, and a
    voice calls a question, and you are already moving, down the stairs, back to the plant room.
    -> lab_exit
* [Turn away]
    You turn away. You have to. If you keep looking you will break something, the door, the window,
    yourself, and you do not know which, and none of them would help.
    -> lab_corridor

=== lab_exit "What You Carry Out" ===
You stand in the plant room with the generators humming and the spillway roaring below, and you take
stock of what you know.

{visits(cold_room) > 0: You know that Ms. Seo is upstairs in a bed with straps, and that she would have said yes if anyone had asked.|You do not know where they are keeping Ms. Seo. Somewhere above you, behind one of the doors you did not open.}

{saw_board: You know about the two columns on the whiteboard, and which one the Major's superiors read.|You have not seen what they are doing here, only felt it.}

{took_manifest: Inside your shirt, wrapped in plastic from the plant room, is the manifest: Pier Seven, the ferry, _diagnostic reagents_.}

{knows_ship: You know that tomorrow a refrigerated container leaves for Busan, and then the sea, carrying pieces of your kind to someone who is paying.}

{visits(teachers_son) > 0: And you know about the woman with her hand on her son's shoulder. You will always know about that.}

There is more than one way out of this building. Choose.
* {humanity >= 7 else "You do not trust what is left of you enough to give it away. Not yet. Maybe not ever."} [Find Dr. Han, and offer yourself on your own terms] -> willing_terms
* {knows_ship else "You do not know where the samples are going, or that there are any."} [Follow the samples south to Busan] -> busan_road
* {took_manifest else "You have nothing in your hands that anyone would have to believe."} [Take the manifest to On-jo] -> broadcast
* {visits(cold_room) > 0 else "You have not found where they keep her."} [Break Ms. Seo out: every alarm in the building will go off]
    You go back up the stairs, fast, and you do not try to be quiet any more.
    -> seo_breakout
* [Run for the spillway]
    You run, down the catwalk, toward the roar of the water and the dark and whatever is left of the
    night. You almost make it.

    The net comes down from the catwalk above you, heavy and wet, and the poles come after it.
    ~ caught = water
    -> white_room

=== seo_breakout "Out Through the Water" ===
Your fist goes through the glass wall of the cold room on the third blow. You tear the straps off Ms. Seo and lift her,
drip stand and all, and she says, "My ledger," and you say, "Later," and you carry her down into
the roaring black water of the spillway with alarms going off above you like every school bell
in the world at once.

{yeeun == with_you: Ye-eun is waiting in the pines below the first gate, where you told her to wait, and she cries when she sees Ms. Seo.|You do not leave the cold room alone. You tear the strap off the bed by the door and Ye-eun wakes up screaming your name and does not let go of your sleeve again, all the way down.}

By dawn, you are all three of you far up the reservoir road, past the last of the pines, where
the track turns to stones and goes on up into the mountains.
~ suspicion += 2
~ walking += the_pharmacist
~ yeeun = with_you
-> mountain_road

=== white_room "The White Room" ===
{if caught == in_camp}
\**Chapter {visits(uprising_gather) > 0: Nine|Eight}: Building Nine**

{end}
They put you in a room that is entirely white: walls, floor, ceiling, the chair they strap you to,
the steel table bolted to the floor in front of it. There is a drain in the floor. You try not to
think about the drain.

{if caught == gate}
You walked in with your hands up. They strapped you down anyway. You had expected that, but it still
surprises you how much it hurts.
{elif caught == water}
You came in through the water like a thief, and they treat you like one.
{else}
They brought you up from the camp in the back of a truck, under a net, with a dog's breath on your
neck the whole way, and carried you in past the long grey dam without your feet touching the ground.
It is the first time you have seen Building Nine. You will not see much more of it.
{end}

You sit in the white room alone for a long time, with the hunger pacing the inside of your skull,
and to keep from listening to it you close your eyes and go somewhere else.
-> memory_roof ->
When you open your eyes, there are two people on the other side of the table.

{visits(lab_office) > 0: One is Major Kang, grey at the temples, turning his wedding ring. The other is Dr. Han, from the office with the window. Her mugs are somewhere else now. She will not quite look at you.|One is Major Kang, grey at the temples, turning his wedding ring. The other is a woman in a cardigan over scrubs with her hair coming out of its clip. Her badge says DR. HAN. She will not quite look at you.} The Major looks at nothing else.

"Nam-ra," he says. "May I call you Nam-ra?" He does not wait to be told.

{onjo_deal: "Your friend On-jo has told me a great deal about you. About how you hold back."|{onjo_lied: "Your friend On-jo told me you died in Yangdong. She was very convincing. I have rarely seen anyone grieve so hard for someone so alive."|"Your friend On-jo would not tell me anything about you. I found that very informative."}}

He folds his hands. "I want to be honest with you, because I think you respect honesty. There are
two things this building could do with you. Dr. Han would like to cure the Jonas virus. My superiors
would like an army that does not need to eat rations." He smiles, very slightly. "I'm told you were
top of your year. You can see which of those is funded."

Dr. Han makes a small sound. The Major does not look at her.

"Either way," he says, "you're going to be useful. The question is only how much it hurts."
* {humanity >= 5 else "What would you be bargaining with? There is not enough of you left to promise."} [Bargain: your blood, freely given, for their freedom] -> willing_terms
* [Do what the Major asks: it will stop hurting] -> handler
* [Refuse, and wait: they will not feed you] -> starving

=== starving "Seventy Hours" ===
~ hunger = min(hunger + 3, HUNGER_MAX)
You refuse. You say nothing at all, to anyone, and they leave you in the white room.

They do not feed you. That is the method. They do not hurt you; they only wait, and watch on the
camera in the corner, and let the hunger do their work for them. You understand it perfectly. You
would have designed it the same way, if you were them. That is the worst part.

On the first day you recite the periodic table, forwards and backwards. On the second day you call
the register of your class, all of it, every name, and answer _here_ for the ones who cannot. On the
third day you can hear the heart of the soldier outside the door so clearly that you know when he
has had coffee, and you stop reciting anything, and just count.

On the evening of the third day the door opens and Dr. Han comes in alone, without the Major, and
stands just inside the door with her back against it. She has been crying.

"Please," she says. "Please just talk to me."
* {not lost() else "There is nothing left in you to hold on with. The hunger has outgrown the rest of you."} [Hold on, and count the heartbeats outside the door]
    You hold on. You count the soldier's heartbeats outside the door, one, two, three, to a thousand,
    and then you make yourself look at her, and find your voice somewhere very far down, and use it.

    "I'll talk to you," you say. "Not to him. To you. And I'll tell you how it's going to go."
    -> willing_terms
* [Let go: it will be easy, and it will be the end of you]
    You let go. It is so easy. It is like unclenching a hand you had forgotten was a fist.

    The last thing you see clearly is Dr. Han's face, going white, and her hand going behind her
    for the door.
    -> lost_self

=== willing_terms "Terms" ===
{visits(starving) == 0 and visits(white_room) == 0: You go back up the stairs to the office with the window. Dr. Han is still there, with her two mugs going cold on the desk, as if she had known you would come back. She does not reach for the alarm this time either.}

"Here is how it will go," you say.

You say it as you used to address the class at the start of term, standing at the front with the
attendance book, and Dr. Han, who is older than you and a doctor and free, straightens up like a
student without meaning to.

"You can have my blood. As much as you need, as often as you need it, for as long as it takes. I
will tell you everything: what the hunger is like, when it comes, what stops it, what doesn't.
{took_ledger: And I have Ms. Seo's ledger, months of it, every one of us, every four hours. You've been asking for it. You can have that too.|I'll keep a ledger for you. I'm good at ledgers.}" You breathe. "In return. Ms. Seo goes free.
{yeeun == taken: Ye-eun goes free, tonight, to people I name. }Everyone from the arcade goes free.
{saw_board: The Applied column is wiped off your whiteboard and out of your computers and nobody in a uniform ever writes the word _leash_ about us again.|Whatever else this building is for, it stops being for that.}"

{knows_ship: "And the container for Busan does not leave," you add. "I know about it. So will everyone else, if it does." You watch the doctor understand that you mean it.}

"And I want witnesses," you say. "Not soldiers. My friends. Six of them, from the camp.
{trust >= 3: They'll come. I know they'll come.|I don't know if they'll come. Ask them anyway.} If anything happens to me in here, I want someone outside to know my name."

Dr. Han looks at you for a long time. Then she takes off her badge and puts it on the table between
you, like a card laid down.

"The Major will say no," she says.

"The Major needs you," you say, "and you need me, and I'm the only one of us who isn't afraid of
him. So I think he'll say yes."

He does. It takes nine days and a phone call to Seoul that nobody tells you about. But he does.
-> treatment

=== treatment "The Willing" === #ending
They take your blood on Tuesdays and Fridays, in a room with a window that looks out over the
reservoir. You choose the room. You choose the days. You choose, every time, whether to roll up your
sleeve, and every time you do, and that is the difference, and Dr. Han says it shows in the results.

Ms. Seo gets her ledger back{took_ledger:, from your own hands, and holds it against her chest for a long time before she opens it}. She sets up at a desk in the corner of the lab and keeps the hunger
records for all of you, the ones who came in from the city once the word went round that no one
would be caged. Eleven of you, then twenty, then more. She makes them all roll up their sleeves and
tell her a number from one to ten. Nobody lies. She can always tell.

{if yeeun == with_you}
Ye-eun comes in on the third day, {yeeun_at == camp: riding up the reservoir road in the camp minibus on On-jo's knee|{yeeun_at == tower: walking up the reservoir road from the water tower between two of Tae-gyu's band, in your jacket|walking down out of the pines in your jacket}}<>
{if visits(raid_drain) > 0}
, with her chain wrapped round her wrist<>
{else}
, with the key to her old chain round her neck<>
{end}
, {yeeun_at == pines: because someone in a white coat went up the road calling her name|{yeeun_at == tower: because Tae-gyu heard on his radio that the cages were open and sent her to find you|because On-jo told the sergeant she was her cousin and then told the Major she was yours}}. She is the youngest donor on Ms. Seo's list. She insists on it.
{else}
Ye-eun comes out of the cold room on the first day, in a wheelchair she does not need, and Ms. Seo
pushes it anyway. The strap marks take a month to fade. She is the youngest donor on Ms. Seo's
list, and nobody ever straps her to anything again.
{end}

{trust >= 3: Your friends come on the first day, all six of them, in a minibus from the camp with a nervous soldier driving. On-jo walks straight across the lab and hugs you, and you let her, and your hunger is quiet that day and you can feel her heart against your chest like a small warm bird and you do not want anything from it at all. After that they come every Sunday. Dae-su sings. Ha-ri brings her bow and does not need it. Su-hyeok sits by the window and says very little, and stays the longest.|Your friends come on the second week, cautiously, not all at once. On-jo first, alone, on the far side of the glass. Then, when she has told them you are still you, the others. It takes months before they stop watching your mouth when you talk. You do not blame them. You keep giving blood, and keep talking, and one Sunday Dae-su forgets himself and sings.}

{promised_onjo: You told On-jo on the roof that you would come back, somewhere. You did not expect it to be a lab by a dam. She says it counts. She is very firm about it.}

In the spring, fourteen months after the outbreak at Hyosan High, a woman in a hospital in Daegu is
bitten by a man in the grip of the Jonas virus, in an outbreak that would once have ended the city.
She is given an injection within the hour. She runs a fever for two days, and dreams of drowning,
and on the third day she wakes up and asks for her daughter, and is herself.

The treatment does not work on those who have finished turning. Not yet. {visits(teachers_son) > 0: The science teacher's wife still stands in a padded room with her hand on her son's shoulder.|The science teacher's wife and son are still somewhere in Building Nine, in a room nobody shows you.} But Dr. Han has a new column on
her whiteboard now, and at the top of it, underlined twice, is your name.

-> threads ->
The man who made the virus said a vaccine was impossible. He was wrong, because something in you
said no to his virus, only halfway, and because you chose, freely, to give that halfway to everyone
else. On the forms, in the box where it asks what you are, Dr. Han writes a single word. _Donor._
-> END "The Willing"

=== handler "The Handler" ===
"All right," you say. "What do you want me to do?"

It is so easy, once you have said it. The Major nods as if you had answered a question in class, and
Dr. Han turns and walks out of the room and does not come back.

They call it a programme. It is a collar. Black, light, with a small steel box at the back of the
neck and a needle you never feel go in. When you do what they ask, the box gives you blood: not much,
enough. When you do not, it gives you nothing, and waits, and the hunger does the rest.
{saw_board: _Controlled deprivation._ You read the words on a whiteboard once, in another life, in an office with a window.|The soldiers have a phrase for it, which they say in front of you as if you were furniture: _controlled deprivation_.}

They train you on a firing range in the hills, against targets and then against the infected they
keep in pens, the ones who have finished turning. You are very good at it. You were always very
good at everything they tested you on. The soldiers who watch stop calling you _specimen_ after the
first month and start calling you _ma'am_, half as a joke, and then not as a joke.

{ally == tae_gyu: One morning they bring in a new one for the programme. Tae-gyu. He sees the collar on you and does not say anything at all, and that is worse than anything he could have said.}
-> asset_nine

=== asset_nine "Asset Nine" === #ending
They give you a designation. Asset Nine, after the building. You have a file, and a handler, and a
room with a bed and a window, which is more than you had on the roof.

The first time they use you for real is an outbreak in a port town in the south, a small one, a
fishing crew who brought something back in their nets. You go in alone, at night, ahead of the
soldiers. You move through the dark streets like water. You find the infected by the coldness of
them. You do what the collar wants. The soldiers come in behind you at dawn and find the town quiet,
and the living locked safe in their houses, and nobody bitten, and they clap you on the shoulder and
call you a hero.

You were, a little. That is what makes it work.

Afterward, in the truck, the box on your neck gives you your blood, and you drink it, and you feel
the warmth of it go through you, and you feel grateful, and you feel your gratitude from a little
way off, like weather through a window.

{yeeun == with_you: You ask once, only once, about a girl of fourteen who was {yeeun_at == camp: hiding behind the rice sacks in a ration store in the quarantine camp. The handler looks it up. A girl of that age was registered at the camp that week as the cousin of a girl called On-jo, from Tent Eleven|{yeeun_at == tower: waiting at the foot of the water tower. The handler looks it up. Two of Tae-gyu's band walked her down to the camp gate on the fourth morning, and she asked for On-jo by name, and On-jo came|waiting in the pines below the first gate. The handler looks it up. She walked down to the camp on the third morning and asked for On-jo by name, and On-jo came}}. That is all the file says. It is enough to live on for a month.|Ye-eun is in the programme too, by the autumn. You see her across the yard, once, in a collar of her own, and she does not know you. You did not promise her anything. You tell yourself that, and it does not help.}

{promised_seo: You promised Ms. Seo you would come back for her. You do, in a way: every Friday you walk past the cold room with your handler, and she lifts her hand to the glass, and you do not lift yours.}

{trust >= 3: On-jo writes to you. The letters come through the Major's office, opened and resealed. She writes about the camp closing, about school starting again in a new building in a new town, about the memorial, which has been moved to a park. She writes as if you were on an exchange programme. She never asks what you do. At the end of every letter she writes: _"You kept count of all of us. Somebody is keeping count of you."_ You keep the letters in a box under the bed. {wrote_back: You wrote to her once, on a fence, that you were still here. You do not know how to write it again, and mean it.|You do not write back. You do not know how to explain that you are still here, and also not.}|Nobody writes. You had not really expected them to. You were the one who left, after all, on the roof and then again, every time. There is a box under your bed for letters, because the room came with one. It stays empty.}

-> threads ->
In a report in Seoul, in a room you will never see, someone writes that the Second Class programme
has been a success, and recommends that it be expanded. More assets. More collars. The survival of
the species, they write, with no irony at all.

You were the thing in between. They have found a use for it. It has a number, and a collar, and it
is very, very useful.
-> END "Asset Nine"

=== busan_road "South" ===
The container leaves Building Nine at dawn on a flatbed truck, with an escort of two jeeps, and you
go with it.

Not in it. Under it, wedged between the chassis and the spare tyre cradle, your arms locked around a
steel beam, with the road going by twenty centimetres below your face for the longest five hours of
your life.

{yeeun == with_you: As the truck goes through the first gate you pass the hollow under the pines where Ye-eun is waiting. You cannot call out. You think, as hard as you can, the name you made her say three times: On-jo. On-jo. On-jo.}

South, onto the expressway, through tollbooths where nobody looks underneath anything. Past Daegu.
Past towns where people are hanging out washing and driving children to school and have never heard
your name. You have never been this far from Hyosan in your life.

By noon you can smell the sea.
-> port

=== port "Pier Seven" ===
Busan is cranes and salt and diesel and a million heartbeats, more than you have heard in one place
since before. You drop from under the truck at Pier Seven and crouch behind a stack of containers,
and watch.

They load the refrigerated container onto the ferry to Fukuoka, which sails at seven in the
morning, a little green light on its side to say the cold is holding. Nobody opens it. _Diagnostic reagents._ A man in a suit who is
not a soldier signs for it and walks up the gangway with a briefcase, whistling.

Inside that box are pieces of Ms. Seo, {yeeun == taken: and of Ye-eun, and} of everyone who was ever
{visits(cold_room) > 0: strapped to a bed in the cold room|driven up the reservoir road in a net}. And somewhere in all those vials, the Jonas virus itself, alive
and patient, going somewhere new.

Night comes down over the harbour. There is a harbour office on the pier with a telephone on the wall and a
night clerk asleep at the desk with a newspaper over his face.
* {trust >= 3 else "There is no one who would believe you, and no one you could call."} [Call the camp from the harbour office, and ask for On-jo] -> broadcast
* [Follow the container onto the ferry: there will be no coming back] -> crossing

=== crossing "Across the Strait" === #ending
You go up the mooring line in the dark before dawn, hand over hand. Nobody is looking for a girl in a ruined
school uniform climbing a rope out of the sea.

You spend the crossing in the hot dark of the car deck with your back against the refrigerated
container, listening to its hum. Above you, eight hundred people are eating instant noodles and
dozing in reclining chairs. You can hear every one of their hearts. You do not go up.

Halfway across, the hum changes. The compressor falters, and catches, and falters
again. Inside the steel box something small and glass rolls across a shelf and falls. And then, very
faintly, you hear something that should not be possible: a sound like a fingernail, very slowly,
against the inside of the door.

Someone at Building Nine did not only pack vials.

In the afternoon the container goes down the ramp in Fukuoka with its little light blinking red, and the man
with the briefcase signs for it again, and a truck drives it away into a city of one and a half
million people who are going home from work.

You go after it. You do not speak Japanese. You have no passport, no name in this country, no
heartbeat any doctor here would recognise. But you know what is in that box, and what it does, and
what it is to be the only one in a city who can hear the cold coming.

The first reports reach Seoul nine days later: a sickness in a warehouse district of Fukuoka, a
dozen cases, then forty. The Japanese government says it is contained. The Korean government says
nothing at all.

{promised_seo: You promised Ms. Seo you would come back for her. You are on the wrong side of the sea to keep it. Some nights that is the only thing you can think about.}

{yeeun == with_you: A letter finds you, in the end, through a church in the warehouse district that takes in people nobody else will. It is from On-jo. A girl walked down out of the pines to the camp on the third morning and asked for her by name. _"She says you told her to. She sleeps in your cot. She wants to know when you're coming back."_|{yeeun == taken: You think of Ye-eun in the cold room{visits(cold_room) > 0:, asleep under a strap}, and of the samples in the box with her blood in them, and you go on hunting the box.}}

{wrote_back: The note you left on the fence said you were still here. You are. You are just very far away.|You never wrote back to On-jo, on the fence. You write now, on the backs of ferry timetables, and never post them.}

{saw_board: Some nights you think of the whiteboard by the dam, and the word _Deployable_, and wonder who else in this city was shipped in a box.|You never saw the inside of the office at Building Nine. You have only the box, and its little light, and what came out of it.}

-> threads ->
In a narrow street behind the warehouses, a girl in a torn school uniform stands in the dark between
the first of the infected and an apartment block full of sleeping families, and does not let them
pass. The people she saves will tell stories about her, later, in a language she does not speak.
They will call her the ghost from across the water. On this side of the strait there is no word
for what you are at all, and you find you do not need one.
-> END "Across the Strait"

=== broadcast "Live from Hyosan" === #ending
{if visits(port) > 0}
The phone in the harbour office takes coins. You have none. You are looking at the coin box, and
thinking about apologising to it, when the night clerk takes the newspaper off his face.

He is sixty, with a face like a walnut, and he looks at you for a long time: the ruined uniform, the
cold skin, the eyes. "My granddaughter is in Hyosan camp," he says at last. "Tent Six. You're the
one from the roof." He puts a coin in the phone himself, and then, after a moment, takes his own
phone out of his pocket, and turns its camera on, and hands it to you. "Somebody should see this,"
he says. "Not only me."

You dial the only number you know by heart that still belongs to someone alive: the camp's public
line, where a bored corporal answers and, when you say it is an emergency, goes to Tent Eleven to
get On-jo.

She comes to the phone out of breath, with five people breathing behind her. You have three
minutes. You use them.
{else}
You go out through the spillway with the manifest inside your shirt, wrapped in plastic from the
plant room, and you run all the way back down the reservoir road to the camp. {told_gap: You find the gap behind the laundry{gap_marked:, and the white cloth on the post}, and roll under.|You go over the fence where the razor wire sags by the motor pool, and tear your sleeve, and do not care.} Tent Eleven is the fourth row from the laundry. You know it by the hearts.
{end}

It is Hyo-ryung who thinks of it. Of course it is. Hyo-ryung, who listens.

"Nobody will believe a report," she says. "Reports get lost. People believe faces." {prep_phone: She takes a phone with a cracked screen out of a sock at the bottom of her peanut bag: the corporal's, from the signals tent, the one he thinks he lost.|She walks into the signals tent at dawn while the corporal is at the latrines and walks out again with his phone, the one he leaves on the charger, the one she has been watching for three weeks.} It has a camera, and it can, if you know how, and Dae-su does, go live.

{if visits(port) > 0}
They do it at dawn, on the roof of Hyosan High, where it started. Su-hyeok holds the phone steady.
Ha-ri stands at the top of the stairs with her homemade bow, watching for drones. Mi-jin does the
lighting with a torch. Dae-su introduces it, because someone has to, and his voice only shakes a
little. "Hi. This is Hyosan. We're students from Hyosan High. We're still here." Then he splits the
screen, and the other half is you, five hours south, on Pier Seven, in the clerk's camera, with the
ferry behind you and its little green light.
{else}
They do it at dawn, on the roof of Hyosan High, where it started. Su-hyeok holds the phone steady.
Ha-ri stands at the top of the stairs with her homemade bow, watching for drones. Mi-jin does the
lighting with a torch. Dae-su introduces it, because someone has to, and his voice only shakes a
little. "Hi. This is Hyosan. We're students from Hyosan High. We're still here."

Then On-jo steps aside, and you step into the frame.
{end}

{took_manifest: You hold up the shipping manifest from Dr. Han's office: the container, Pier Seven, the ferry to Fukuoka, _diagnostic reagents_.|You turn the camera to the container on the pier and its little green light, and to the man with the briefcase on the gangway, who stops whistling.}

{saw_board: You tell them about the two columns on a whiteboard by a dam. _Therapeutic. Applied. Hunger as leash._}

{visits(cold_room) > 0: You tell them about the cold room, and Ms. Seo, who would have rolled up her sleeve if anyone had asked{yeeun == taken:, and a girl of fourteen asleep under a strap}.}

{visits(teachers_son) > 0: You tell them about the woman with her hand on her son's shoulder, watching cartoons in a padded room.}

You roll up your own sleeve and show the camera your arm, pale, cold as a stone, healed of everything.
You tell them your name. You tell them what you are.

"I am not asking you to be unafraid of me," you say into the little black eye of the phone. "I'm
asking you to look. We are people the virus stopped halfway. Some of us can hold back. Some of us
can't. All of us were somebody's students. We did not choose this, and we are being sold."

By the time the first helicopter comes over the ridge, four million people are watching. By noon it
is thirty million, in forty countries. {visits(port) > 0: On the pier, two police cars pull up beside the ferry before it can cast off, and then four, and the man with the briefcase comes back down the gangway without it.|The helicopter hangs over the school for a long time, rotors hammering, and then, for reasons no one ever explains, turns around and goes away.}

There are hearings, after, in Seoul. There are resignations.
{visits(port) > 0: The container is opened on the dock at Pier Seven by people in white suits, and what is inside it is burned.|A refrigerated container is stopped at Pier Seven in Busan before it is ever loaded, and what is inside it is burned.} Building Nine is closed, and then reopened under a new name, with Dr. Han in charge and a public website and a sign on the door that says _Volunteers Welcome_.

{promised_seo: Ms. Seo is the first person through its doors on the day they open them, from the inside out. You are there to meet her, because you promised. She says you are late. She says it with your face in both her hands.|Ms. Seo walks out of the cold room on the day they open it, and asks for her glasses, and then for you.}
{yeeun == with_you: Ye-eun is found in the pines below the first gate the same morning, by a soldier who has seen the broadcast and goes up the road on his own, calling her name. She has your jacket on. She will not give it back.}
{yeeun == taken: Ye-eun comes out of the cold room behind her, blinking, and looks for you on every face.}

-> threads ->
You do not know yet what you will do. Nobody has ever been what you are in front of thirty million
people before. But six people stood on a roof and said your name to the whole world, and nobody in
it can pretend any more that they do not know it.
-> END "Live from Hyosan"
