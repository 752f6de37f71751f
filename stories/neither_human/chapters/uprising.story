// Chapter Eight: the water tower. Tae-gyu's uprising, and whether Nam-ra leads it, goes along,
// or stands in its way. Leading needs Tae-gyu's trust or very little humanity left; arguing
// needs humanity; standing between needs her friends' trust. The march raises hunger.
// A truce needs Hyo-ryung, who listens (hyo_listens), and the friends at the fence.

=== uprising_gather "The Water Tower" === #chapter: The Water Tower #mood: fever
\**Chapter Seven: The Water Tower**

The old water tower stands on the ridge above the camp like a giant on thin legs. Its tank was
holed in the bombing and has drained away; the legs are scorched black to the height of a man.
Under it, in the dark, they are waiting.

There are more of them than you thought there could be. Thirty. Forty. The ones from the church and
the ones from the hills and the ones from the flooded districts by the river, who have been living
in attics and water tanks and car parks, alone, each of them thinking they were the only one.
Some are like you: still, careful, their hunger folded away. Some are not. Some sway on their feet
and watch the lights of the camp below with their heads tilted and their mouths a little open, and
do not seem to hear when they are spoken to.

{yeeun == with_you: Ye-eun is with you, holding your sleeve. You sit her down against one of the scorched legs of the tower and tell her to stay there whatever happens, and she nods, and does not let go of your sleeve until you take her fingers off it.}
{if yeeun == with_you}
~ yeeun_at = tower
{end}

Tae-gyu stands on a block of fallen concrete in the middle of them. When he sees you he jumps down
and walks straight through the crowd and takes you by both shoulders.

"You came," he says. He is alight; you have never seen him like this. "Look at them, Nam-ra. Look
at all of us. They've been taking us one at a time for four months, and tonight there are forty of
us, and down there," he points at the camp, at its rows of tents and its one small armoury and its
guards playing cards, "there are a hundred and twenty soldiers who think we're animals."

He tells you the plan. It is a good plan. {visits(scouting) > 0: You lay beside him in the dry grass up here yesterday while he named the guards by their habits; he has been watching the camp for weeks.|He has watched the camp for weeks.} Cut the fence at the
motor pool, where the cameras are old. Take the armoury before anyone is awake. Take the blood stores
in the medical tent, enough to feed every one of you for a month. Take the radio. And then, with a
camp full of hostages, call the Major at Building Nine and trade: every one of your kind in that
building, for every one of theirs in this camp.

"Nobody gets eaten," Tae-gyu says. "That's the rule. I told them. Nobody." He looks at the ones
who sway. "Mostly nobody."

He wants you to lead it. He says it in front of all of them. "She was class president," he says,
and some of them laugh, and some of them do not, and all of them look at you.
* {ally == tae_gyu or humanity <= 2 else "They will not follow someone who still flinches. They can hear it in you."} [Take the lead: they will do what you say, and so will you]
    You climb onto the concrete block. Forty faces turn up toward you, pale in the dark.
    You tell them the plan again, more clearly than Tae-gyu did, with times and routes and who goes
    where, as you used to run the school festival. You tell them the rule. You tell them what
    will happen to anyone who breaks it. Your voice does not shake. You are surprised by how much
    you like the sound of it, this voice that tells people what they will do.

    Tae-gyu grins up at you, and for a second you grin back.
    ~ ally = tae_gyu
    ~ humanity -= 1
    -> march
* [Go with them, and watch]
    You do not climb onto the block. You say, "I'll come," and nothing more, and Tae-gyu looks at you
    for a long moment and then nods, as if that were enough, as if he had expected nothing else.

    He leads. You walk near the back, among the ones who sway, where you can see everything. You tell
    yourself that someone has to be watching. You tell yourself that is why you came.
    -> march
* {humanity >= 4 else "You have no better idea to offer, and they can hear it."} [Argue for another way] -> argue

=== argue "Another Way" ===
"No," you say.

It goes through the crowd like a cold wind. Tae-gyu's face does not change, but his hands drop from
your shoulders.

"There are children in that camp," you say. "There are my friends in that camp. There are people
who survived the bombing and have been sleeping in tents for four months waiting to be allowed home.
You'll take the armoury and there'll be shooting, and once there is shooting there will be blood on
the ground, and then," you look at the ones who sway, "then there won't be a rule any more. You know
it. You've seen it. You've felt it, Tae-gyu, I know you have."

"So what?" he says, quietly. "We hide? Forever? In drains? Until they've collected all of us?"

"Maybe," you say. "Or maybe there's somewhere they won't come. Or someone who'd stand with us,
instead of against us."

He laughs. But some of them are listening to you. You can hear it in their hearts, the ones that
still beat: a change of rhythm, a hesitation, the sound of people who did not want to do this and
have just been given permission not to.
* {yeeun == with_you or ally == ms_seo} [Ask who will come to the mountains with you]
    "The mountains," you say. "North, past the reservoir. There are villages up there that nobody
    has lived in for twenty years. No cameras. No trucks. Nobody would look."

    "And eat what?" someone calls.

    "Deer. Boar. Whatever we can. Not people." You look around at them. "I'm going. Tonight. Anyone
    who wants to come, come. Anyone who wants to go down the hill with Tae-gyu, I won't stop you."
    It is nine of them, in the end, who step out of the crowd to stand beside you. Nine. It is not
    enough. It is nine more than you had.
    ~ walking += the_band
    -> mountain_road
* {trust >= 5} [Say you will bring your friends to stand with them]
    "Give me one night," you say. "I have friends in that camp. Six of them. They know what I am and
    they came to me anyway. Let me go down there and talk to them. If humans are going to stand
    with us, it starts with them."

    Tae-gyu looks at you for a long, long time. "One night," he says. "Then we go down the hill,
    whether your friends are standing with us or not."

    You are already walking.
    ~ taegyu_deadline = true
    -> friends_door
* -> argue_fails

=== argue_fails "No Road" ===
Nobody steps forward. Nobody follows the thought anywhere. You have no road to offer them, only the
word no, and the word no is not enough to hold forty hungry people on a hill.

The hesitation goes out of them. The old rhythm comes back, faster.

Tae-gyu puts his hand on your shoulder again, almost gently. "You're right," he says. "It's going to
be bad. I know it is. Come anyway. Come and keep it from being worse."

You go. It is the only argument left that you cannot answer.
-> march

=== march "Down the Hill" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
{if lost()}
They go down the hill in the dark, and you go with them, and somewhere on the slope the smell of
the camp comes up to meet you on the wind, six thousand sleeping people, and you stop being able to
tell which of the shapes around you is you.
-> lost_self
{elif hunger >= 8}
-> hunger_wave ->
{end}
They go down the hill in a long loose line through the dry grass, forty shapes moving without
torches, and you go with them.

The camp is very close now. You can see the rows of tents, pale in the starlight. You can see the
guard tower, and the orange point of a cigarette in it. You can see, if you look for it, Tent
Eleven, in the fourth row from the laundry, with its flap tied shut.

You can hear them. All of them. Six thousand hearts asleep, and among them six you know.

{hunger >= 7: The hunger is walking with you, close at your shoulder, like a friend.|The hunger walks a few steps behind you, keeping its distance. For now.}

At the motor pool fence, Tae-gyu crouches and takes out a pair of bolt cutters he found somewhere,
and looks back at you, and holds them out, handles first.
* [Cut the fence]
    You take the bolt cutters. They are heavy and cold and fit your hands too well. The first link parts with a small clean snap, like a bone.
    -> camp_gate
* {trust >= 3 else "Your friends would not know you, in the dark, among these others. They would not come out to you."} [Stand between them and the camp: Tae-gyu will not forgive it] -> standoff
* (warn) [Run ahead to warn On-jo: they will know who warned the camp]
    You do not take the bolt cutters. You turn and run along the outside of the fence, faster than
    any of them can follow, toward the laundry, {told_gap: where the camera points at the wrong corner and the wire has come away from the post|where the camp is darkest}. Behind you, you hear Tae-gyu swear, and you run faster.
    ~ suspicion += 1
    -> friends_door

=== camp_gate "The Fence Comes Down" ===
It happens quickly, and then it happens slowly, like the first day at Hyosan High.

{if visits(truce_broken) > 0}
There is no plan any more. The forty go down the slope in the grey light straight at the line of
soldiers, and the soldiers were told to expect animals, and they fire. Nets, first. Then not nets.
The line breaks at the motor pool, where the cameras are old, and the fence comes down, and then
there are six thousand people coming out of their tents into the dawn to see what is standing among
them.
{else}
The fence comes down. The armoury goes first, as Tae-gyu planned: three soldiers asleep over
their cards, who wake to find the room full of cold silent people and put their hands on their
heads. The radio goes next. The medical tent. There is hardly any noise. For ten minutes you think
it is going to work exactly the way he said.

Then someone in the guard tower wakes up and fires a flare, and the whole camp is lit red, and
six thousand people come out of their tents into the light and see what is standing among them.
{end}

The screaming starts. You had known it would. You had not known what it would do to the ones who
sway. You see it happen to one of them, a man in a delivery jacket like Tae-gyu's, twenty metres
away: you see the rule go out of his face like a light switched off. You are faster than him.
You are faster than all of them. You are still not fast enough to be everywhere.

You stop two. You stop three. You stand in front of the medical tent with your arms out and your
teeth bared at your own kind, and nobody gets past you, and it is not enough, and then it is over.

Dawn finds the camp silent and the soldiers gone, fled south in every truck they could start,
taking as many of the living as would fit. The rest walked, in a long line down the Daegu road.
You watched them go from the top of the water tower. You looked for six faces among them. You
{trust >= 3: found them, in the end, near the back: six people walking together, not looking back, except one.|did not find them. You do not know if that means they got out early, or something else.}
-> night_ours

=== night_ours "The Night Belongs to Us" === #ending
By the end of the week, the army has withdrawn from Hyosan entirely.

It is not defeat, the announcements say. It is containment. The city has been sealed, a new fence
thrown around its outskirts, forty kilometres of wire, and the roads closed, and the name of it
taken off the maps on the news. Inside the fence is a dead city with no one in it, the announcements
say.

It is not empty. It is yours.

Tae-gyu's trade goes through, though not as he planned it. The hostages went south with the
soldiers; what Tae-gyu holds instead is the camp's armoury, its radio, and forty of you between
Building Nine and the only road out of the hills. It is the Major who calls. He wants his staff
and his soldiers down the reservoir road alive. The price is everyone in the cold room.

The trucks come down from Building Nine under a white flag and leave eleven people at the ring
road: Ms. Seo, thin as paper, {took_ledger: reaching for the ledger you hold out to her before she reaches for you|asking for her ledger}; a taxi driver called Mr. Gu, who weeps; {yeeun == taken: and Ye-eun, who runs to you across the tarmac with her strap marks still on her wrists and knocks you off your feet.|and others you do not know. Ye-eun is already with you. She watches the trucks come in from the foot of the water tower, where you told her to stay whatever happened, and where, for once, she stayed.}

{promised_seo: You promised Ms. Seo you would come back for her. You did not think it would be like this, with the fence down and the camp burning behind you. She does not say anything about that. She only holds on to your arm.}

{ally == tae_gyu: They call you president. It started as a joke, and then it was not. You sit in the council room of Hyosan High, which still has a roof, and you make the rules: the blood stores, the hunting grounds, the punishments. Tae-gyu enforces them. He is very good at it. You try not to watch how good.|Tae-gyu runs it. He is better at it than you would have guessed, and worse. He makes the rules and you keep the records, the way Ms. Seo taught you, and every week the numbers in the ledger go up a little, and every week you tell yourself that you will speak to him about it.}

The city is quiet in the day. At night it is full of movement, your kind going about the business
of surviving, which is, it turns out, much like anyone's: finding food, keeping warm, arguing about
who does the work. Someone, someday, will write a thesis on it and call it the survival of zombies.
You call it Tuesday.

Some nights the ones who sway get out past the fence, and the army comes back with helicopters,
and you do not go out to stop either of them.

-> threads ->
{trust >= 3: Once a month, at the fence on the Daegu road, a girl leaves something hanging on the wire. A paper crane. A photograph. A letter in careful handwriting, which you read sitting on the tarmac with your back to the city you took. She never asks you to come out. She never asks what happened in the camp that night. At the end of every letter she writes: _"I'm still keeping count."_{wrote_back: Once, she sends back your own note from the memorial fence, the one that said _"I'm still here,"_ with a question mark added in pencil.} You keep every one of them. You do not go to the fence while she is there. You are not sure, any more, that you could be trusted to.|Nobody comes to the fence on the Daegu road. You go there sometimes anyway, at night, and stand with your fingers through the wire and look south, toward the lights of other cities, where the people you used to know are living whatever lives they have now. Then you go back, because you are president, and there is work to do.}

The night belongs to you now, all of it, every street and school and empty flat of it. You won.
You tell yourself that, and it is true, and it is the loneliest thing you have ever been.
-> END "The Night Belongs to Us"

=== standoff "Between" ===
You do not take the bolt cutters.

You walk past Tae-gyu, and past the fence, and turn, and stand with your back against the chain-link
and the sleeping camp behind you and forty of your own kind in front of you, and you put your arms
out, like someone stopping traffic.

"No," you say.

Tae-gyu stands up very slowly. "Move," he says.

"No."

"They took Ms. Seo. They took Mr. Gu. They'll take you, Nam-ra, sooner or later, they'll strap you
to a bed and drain you like a battery, and those people in there will sleep through it. You know they
will."

"Some of them won't," you say. "Six of them won't. I know their names."

He comes at you then. He is strong, and he is angry, and he is fast, but he was a delivery rider and
you were top of the year, and you have been watching him since the night of the fire, and you know which side he
leans into a corner. It is short. When it is over he is on his back in the grass and you are
kneeling on his chest with your hand at his throat, and everyone is very quiet.

You do not squeeze. You let go. You stand up and hold your hand out to him.

He looks at it for a long time. Then, slowly, he takes it, and lets you pull him up, and turns
away from you and from the fence and walks off into the dark, alone. Half of them go with him. Half
of them stay, looking at you, waiting to be told what comes instead.

Behind you, on the other side of the fence, someone in the fourth row from the laundry has untied a
tent flap and is standing in the gap, staring at you in the starlight.
* [Take the others into the mountains]
    ~ walking += the_band
    -> mountain_road
* [Go to the fence, to On-jo] -> friends_door
* {hyo_listens or visits(reunion.hyoryung) > 0 else "You know no one who could reach the Major tonight, or make him listen."} [Ask On-jo to wake Hyo-ryung: she knows the army's channel] -> truce_call

=== truce_call "The Army's Channel" ===
On-jo is through the wire before you have finished asking, barefoot, running for Tent Eleven. Half
a minute later Hyo-ryung comes out of the dark in a sweatshirt over her pyjamas, with her peanut
bag, and behind her, because of course they do, the others.

{hyo_pages: "I know the frequency," she says. "I know the call sign. I've been writing it down for three weeks. I know he's awake, too. He's always awake."|{hyo_listens: "I know the frequency," she says. "I stopped writing it down. I didn't stop hearing it." She sounds almost apologetic.|"I told you on the roof that somebody was listening," she says to you. "I didn't stop." She does not sound apologetic at all. "I know the frequency."}}

She goes into the signals tent as if she belonged there, and the corporal on night duty, who is
nineteen and asleep, wakes up to find six students and a girl who runs at thirty-one degrees
standing around his desk. He looks at you for a long time. Then he stands up and gives Hyo-ryung
his chair.

On the hill, the ones who stayed are watching the tent. Further up, under the water tower, Tae-gyu
has stopped, with the ones who followed him, and turned to watch too. You can hear his heart from
here. It has not slowed.

Hyo-ryung hands you the handset. "Say your name first," she says. "He'll want to know it's you."
* [Tell the Major the truth: forty of you on the hill, and you are holding them, for now]
    "This is Nam-ra," you say. "From the roof. There are forty of us on the ridge above your camp,
    and I am standing between them and it, and I can hold them until dawn. Not longer. Come and
    talk to us. Not with trucks. With a chair."

    There is a long silence on the line. Then the Major's voice, very tired, and very awake: "Dawn."
    ~ trust += 1
    -> truce
* [Threaten him: tell him what forty of you could do to his camp]
    "This is Nam-ra," you say. "There are forty of us on the ridge. You know what forty of us could
    do to a camp of six thousand sleeping people. Come up here at dawn, alone, or find out."

    There is a long silence on the line. Then the Major's voice, very quiet: "Dawn."

    You have never heard a man sound so certain that he is being lied to.
    ~ humanity -= 1
    ~ suspicion += 1
    -> truce_broken

=== truce_broken "Dawn, With Trucks" ===
He comes at dawn, as he said. He does not come alone.

First the drones, four of them, high and patient over the ridge. Then the trucks on the hill road,
a long line of them, with their lights off. Then soldiers in grey spreading out along the bottom of
the slope, between the camp and the hill, with their poles and their nets and, this time, rifles.

You threatened him, and he believed you. That was the point of threatening him. You had not thought
about what a man does when he believes you.

Tae-gyu is on his feet on the block of concrete. "There," he says, to all of them, to you. "That's
their answer. That's always their answer."

Your friends are still at the fence, in a line, holding hands, between the soldiers and the camp.
On-jo is looking at you. She has not let go of Su-hyeok's hand or Ha-ri's.
* [Go down the hill with Tae-gyu: there is nothing left to talk about] -> camp_gate
* [Take your friends and anyone who will come, and run north before the trucks close the road]
    "North," you say. "Now. Everyone who wants to live. Not down there. Up."

    You go down the slope at a run, through the gap between two trucks, and take On-jo's free hand,
    and the line of six comes with you like a chain, and behind you, after a moment, some of the
    forty. Not many. Enough. The drones follow you a long way. The trucks do not.
    ~ walking += set(the_six, the_band)
    -> mountain_road

=== truce "Under the Water Tower" ===
He comes at dawn, as he said, in one jeep, with a driver who stays in it and, in the seat beside
him, a woman in a white coat under an army parka, holding a folding chair on her knees. He gets out and looks up at the ridge: forty
shapes under the burnt legs of the water tower, and among them, on a block of fallen concrete,
Tae-gyu, with his arms folded.

Your friends stand in a line at the motor pool fence, between the camp and the hill, in camp
sweatshirts, holding hands. Nobody told them to. Ha-ri has her bow, unstrung, over her shoulder.
Dae-su is shaking. Mi-jin is holding him up. Su-hyeok is next to On-jo, and On-jo is looking at you.

The Major unfolds the chair himself and sits down in it in the wet grass, halfway between the
fence and the hill. Then he waits.

You walk down and sit on the ground opposite him, because there is only one chair, and because you
want him to see that you do not need it. The woman from the jeep stands a little behind him with
her hands in her parka pockets. Her badge says _DR. HAN, BUILDING NINE_.

"What do you want?" he says.
* [Ask for Building Nine opened, and the cold room emptied, today]
    "Building Nine," you say. "The cold room. Everyone in it, out, today, to people I name. Ms. Seo.
    {yeeun == taken: A girl called Ye-eun. }A taxi driver called Mr. Gu. All of them."

    "And in return?"

    "In return the forty on the hill go back into the city, and nobody comes down the hill tonight,
    or any night. And anyone who wants to give blood to Dr. Han can walk up the reservoir road and
    knock on the door, and it opens from the inside as well as the outside."

    Dr. Han makes a sound that might be a laugh. The Major looks at her, and then at your friends
    holding hands at the fence, and then, for a long time, at Tae-gyu on his block of concrete.
    ~ humanity += 1
    -> truce_end
* [Ask for one thing only: that nobody in a uniform ever writes _specimen_ again]
    "One thing," you say. "The word. _Specimen._ Take it out of your reports. All of them. We have
    names. Use them."

    The Major looks at you as if you had asked for the moon, and then, slowly, as if you had asked
    for something much harder. "That's all?"

    "That's where everything else starts," you say.

    He takes a pen out of his pocket, and a notebook, and writes something, and shows it to you. It
    is your name.
    ~ humanity += 1
    -> truce_end
* [Ask for the city: Hyosan, left to your kind, and the army out of it]
    "Hyosan," you say. "The dead part of it. The station, the market, the school. Leave it to us.
    Take your drones out of the sky over it and your trucks off its streets, and nobody comes down
    the hill. Ever."

    "And the ones who can't hold back?"

    "We'll hold them," you say. "We'll hold them or we'll bring them to you ourselves."

    The Major looks at you for a long time. Then he looks at Tae-gyu, on his block of concrete, who
    has heard every word, and who nods, once, slowly.
    ~ ally = tae_gyu
    -> truce_end

=== truce_end "A Truce at Dawn" === #ending
It takes all morning, and a telephone call to Seoul that Hyo-ryung listens to without being asked,
and it is not written down anywhere that a newspaper could find. But the Major says yes.

The trucks come down from the reservoir at noon. Ms. Seo climbs out first, without her glasses,
squinting at the sunlight, and {promised_seo: finds you, and says, "You said you'd come back. I didn't think you meant with an army," and holds your face in both her hands.|asks for her ledger.} {took_ledger: You give it to her. She holds it against her chest for a long time before she opens it.} {yeeun == taken: Ye-eun climbs out behind her and runs.|Ye-eun is already beside you. She has been beside you all night, on the hill, holding your sleeve, and she does not let go of it now.}

{ally == tae_gyu: Tae-gyu comes down off his block of concrete and shakes the Major's hand. Neither of them lets go first. Then he goes back up the hill and takes the forty into the city, into the station and the market and the school, and by autumn there is a rule book pinned to the door of the old arcade, in your handwriting, and a copy of it in the Major's office, in his.|Tae-gyu does not shake anyone's hand. He watches who climbs out of the trucks, and then he turns and walks away into the hills, and the ones who followed him go too. You do not know where. You hope it is somewhere a long way off, and quiet.}

{yeeun == with_you: Ye-eun goes to Dr. Han in the spring, on her own, and knocks on the door of Building Nine, and it opens from the inside.}

Your friends go back into the camp that morning and are counted, all six, and nobody asks them
where they were. The sergeant with the clipboard looks at On-jo for a long time, and then writes
nothing at all.

-> threads ->
It is not peace. It is a line drawn in wet grass between a folding chair and a girl sitting on the
ground, and everyone on both sides of it knows how easily it could be rubbed out. But it holds
through the summer. It holds through the winter. {wrote_back: On the memorial fence, On-jo hangs your note, the one that said _"I'm still here,"_ and underneath it, in her own writing: _"So are we."_|On the memorial fence, On-jo hangs a new photograph: seven students in a line at a motor pool fence, at dawn, holding hands, taken by a corporal who asked to keep a copy.} And every month, at the water tower, you sit on the ground, and the Major sits in his chair, and you talk.
-> END "A Truce at Dawn"
