// Chapter Two: the others, under Hyosan Station. One day among the hybrids: Nam-ra spends it
// with one of them (or hunting), and that sets ally, knows_lab and her hunger. At dusk the
// soldiers come. Ms. Seo is always taken; Ye-eun only escapes if Nam-ra carries her out.

=== night_run "Burned Streets" === #chapter: Two: The Others #mood: hunted
Hyosan at night is a city with its eyes put out. The streetlights died in the first week and nobody
has come to fix them. You run down the middle of what used to be the main shopping street, past
shutters melted into waves, past a bus on its side with grass growing through the windows, past a
billboard of a smiling actress selling face cream to no one.

Behind you, the drone has left the school. You can hear it turning, tasting the air for heat.

You are fast now. Faster than you were at sixteen, faster than anyone you ever raced on sports day.
Your ankle has finished mending. Your breath comes easy. The body the virus gave you is a beautiful
machine, and you hate how much you enjoy it at moments like this.
+ [Lead the drone away from the school]
    You stop in the open, in the middle of a crossroads, and let it find you. The whine sharpens.
    Then you run west, away from the school and away from the station, making yourself a bright
    warm target on its little screen, for ten minutes, twenty, until you reach the river and go
    under the broken bridge where the water is loud and cold and hides everything.
    When you climb out downstream the drone is gone, and so is the fire on the school roof. Your
    friends are either safe or they are not, but whatever the soldiers find up there, they will not
    find it next to you.
    It costs you. Running makes you hungry, and the soldiers now have a very good picture of
    something that runs like you.
    ~ suspicion += 1
    ~ hunger += 1
    ~ humanity += 1
    -> den
+ [Go to ground at once]
    You go sideways, through a shattered shop window, over the counter and out the back, and then
    down a drain cover into the dark and the stink of the old storm sewers. Above you the drone
    passes, and passes again, and gives up.
    You sit in the dark with your back against the curved brick and think about the six people on
    the roof, walking down the stairs toward a searchlight. You tell yourself they are only
    students who saw a fire. You tell yourself the soldiers will believe that. You are not sure
    which of you you are trying to convince.
    -> den

=== den "Under the Station" ===
The arcade under Hyosan Station used to sell phone cases and cheap socks and bubble tea. Now the
south end is a black lake where the water mains burst, and the north end is where the others live.
{if hunger >= 8}
You get as far as the ventilation grate behind the bus depot before it takes you.
-> hunger_fit ->
{end}

There are eleven of them tonight, sleeping in the shells of the shops behind shutters they can pull
down from inside. Someone has hung a string of dead fairy lights along the ceiling, as if it were a
festival. Nobody needs light down here. The dark is only dark to people.

Tae-gyu is awake, of course. He is always awake. He sits on the counter of the old bubble tea stand
swinging his feet, twenty-four years old and built like the delivery rider he used to be, and he
looks at the smoke in your hair and smiles without any warmth at all. "You lit a fire," he says.
"On a roof. In the middle of the city. Who came?"

"Friends," you say. "From school."

"And did you tell your friends from school about us?"

{told_friends: You do not lie to him. When you nod, he closes his eyes for a second. "Then we had better hope they are good at keeping secrets," he says.|"No," you say, and it is true, and he looks at you for a long moment before he decides to believe it.}

Ms. Seo sits under the one working battery lamp with her ledger open on her knees, writing. She was
a pharmacist before, in a little shop by the hospital; she still wears her reading glasses on a
chain. In the shuttered shop behind her, something rattles its chain, and a thin voice says,
"Unnie? Is that Nam-ra unnie?"

Ye-eun. Fourteen years old, and the hunger sits on her like a grown man on a child's chair.

The day is coming. You will spend its hours down here, with one of them.
+ [Spend the day with Tae-gyu] -> taegyu_talk
+ [Sit with Ms. Seo and her ledger] -> seo_ledger
+ [Stay beside Ye-eun] -> yeeun
+ [Go up alone to hunt, before the light comes] -> hunt

=== taegyu_talk "Tae-gyu" ===
Tae-gyu talks the way he used to ride: fast, leaning into the corners, not braking for anything.

"Do you know what they call us in the reports?" he says. "I saw one. A soldier dropped it in the
market. Not hybrids. Not survivors. _Specimens._ Specimen four, specimen seven. They have a list."
He taps his temple. "I'm on it. So are you, I'd bet. Class president, top of the year, specimen
whatever."

He tells you about the trucks that come at night, the nets, the poles with wire loops on the end
like dog catchers carry. He tells you about a man called Mr. Gu, a taxi driver who could hold back
for a week at a time, who went up to look for his daughter and did not come down. He tells you that
the camp is loosening, that the guards play cards, that there are fewer of them every week.

"They had their turn," he says. "A hundred and ten thousand of them survived. Good for them. Now
it's our turn to survive, and nobody is going to hand it to us." He leans forward. "You're smart.
They'd listen to you. The ones down here, I mean. They listen to me because I'm loud. They'd listen
to you because you're right."

It is the most frightening compliment you have ever been paid.
+ [Tell him they owe you nothing, and you owe them less]
    "You're right," you hear yourself say. "They bombed their own city. They'd bomb us again if it was
    convenient. Whatever we owe them, we paid it in Hyosan."
    Tae-gyu grins, slow and wide, and clasps your hand like a brother. His grip is as cold as yours.
    Something in you warms to it anyway, the simple relief of not having to explain yourself, and
    you let it, and you do not look too closely at what else you just let go of.
    ~ ally = "Tae-gyu"
    ~ humanity -= 1
    -> dusk_raid
+ [Tell him you still have friends up there]
    "I have friends in that camp," you say. "Six of them. They climbed up to a fire tonight because
    they thought it might be me. Whatever you're planning, it goes through them."
    Tae-gyu stops swinging his feet. For a second you see something under the anger, something
    tired and young, someone who had friends once too. Then it closes. "Friends," he says. "Sure.
    Ask your friends what they'd do if the army offered them a cure in exchange for you."
    You do not answer. You do not have to. You know what On-jo would say. You are less sure of
    what the army would do with the answer.
    ~ humanity += 1
    -> dusk_raid

=== seo_ledger "The Ledger" ===
Ms. Seo makes room for you on her piece of cardboard as if you had come round for tea.

The ledger is a pharmacy stock book, thick and green, and she has ruled every page into columns by
hand. Names down the side. Hours across the top. In each box, a number from one to ten, in tidy blue
biro. "Hunger," she says, tapping a column. "Self-reported, every four hours, by everyone who will
let me ask. You, too, now. Don't lie to me; I was a pharmacist for thirty years and I can always
tell."

She has pages of it. Months. She shows you how the numbers climb through the day and fall after
feeding, how some of them climb faster than others, how Ye-eun's column is almost solid nines.

"The teacher who made this thing," she says, "the science teacher at your school. He said there
could never be a vaccine. Everybody repeats it like scripture." She takes off her glasses and
polishes them on her cardigan. "He was a frightened man who had done something terrible. Frightened
men say _impossible_ when they mean _not by me_. We are the proof he was wrong, you and I. Something
in our blood said no to this virus. Only halfway, but halfway is a start."

There is a rack of glass vials at her elbow, each one labelled in the same blue biro. Blood. Hers,
Tae-gyu's, the others'. She has been collecting. There is nowhere to send them.
+ [Let her draw your blood for the ledger]
    You roll up your sleeve. She finds the vein on the first try, the way she must have done ten
    thousand times before, and talks to you about her granddaughter while the vial fills. When it is
    done she writes your name on the label, in full, and underlines it.
    "There," she says. "Now you're in the record. Whatever happens to us, someone will be able to
    read that we were here and that we tried."
    It is such a small thing. It is the first time in four months anyone has written your name down.
    ~ ally = "Seo"
    ~ humanity += 1
    -> dusk_raid
+ [Ask her where the trucks take the ones they catch]
    She is quiet for a long time. Then she turns to the back of the ledger, where there is a map
    drawn in the same blue biro: the river, the ring road, the long curve of the reservoir north of
    the city.
    "I followed one," she says. "In March. On foot, all night. It went up the reservoir road, through
    two gates, to a grey building by the dam with a big number nine painted on the side." She closes
    the book. "Building Nine. That's where they go. I haven't seen anyone come out."
    You memorise the map. You cannot help it. You memorise everything.
    ~ knows_lab = true
    -> dusk_raid

=== yeeun "Ye-eun" ===
Ye-eun has locked herself to a pillar with a bicycle chain. She did it herself, Ms. Seo told you
once; she asked for the chain, and she keeps the key on a string around Tae-gyu's neck, because he
is the only one she trusts not to give it back to her when she begs.

She is fourteen. She was at the middle school across the river. She still has her school bag, pink,
with a cartoon rabbit on it, and she sleeps with her head on it.

"Unnie," she says when she sees you, and then her face crumples. "It's bad today. It's really bad."

You sit down next to her, just out of reach of the chain, which is a kindness to both of you. She
smells of nothing much, the way all of you do, and her hands are shaking. In the dark of the arcade,
with her school bag and her bitten nails, she looks so much like someone in your class that the
years fold up and you are somewhere else.
-> memory_class ->
When you come back, she is watching you. "You went away," she says. "In your head. Where do you go?"

"School," you say.

"Was it nice?"

"No," you say. "It was ordinary. It was the best thing I ever had."
+ [Hold her through the fit]
    The fit comes at noon, when the light from the vents is strongest. You put your arms around her
    from behind, your chin on the top of her head, and hold on while she fights the chain and
    snarls and weeps and calls for her mother. You hold on for two hours. It takes everything you
    have, and the whole time her hunger calls to yours like one dog to another across a valley.
    When it passes she sleeps, and you sit with your own hunger roaring, and do not move, because
    she is leaning on you.
    ~ hunger += 1
    ~ humanity += 1
    -> dusk_raid
+ [Give her the last of your jar]
    You give her the jar. The pig's blood you brought from the roof, all of it, the whole day's worth.
    She drinks it like a child drinking milk, both hands around the glass, and then she cries
    because she drank it all, and you tell her that was the idea.
    You go hungry all afternoon. It is like holding your breath underwater: bearable, and then less
    bearable, and then you are counting. But she sleeps without the chain pulling tight even once,
    and when she wakes up she asks you to tell her about school again.
    ~ hunger += 2
    ~ humanity += 2
    -> dusk_raid

=== hunt "Above Ground" ===
You go up through the grate into the blue hour before dawn, when the soldiers are changing shift and
the drones are on their chargers.

The city is very quiet. A cat crosses the road ahead of you and freezes, and you freeze too, and for
a moment you look at each other, two predators in a dead street, before it decides you are not its
problem and walks on.

You need something with blood in it that is not a person. That is the whole of the rule. You go
toward the old market, where the smells are.
{if random(1, 6) <= 2}
-> hunt_freezer
{elif random(1, 2) == 1}
-> hunt_dog
{end}
-> hunt_empty

=== hunt_freezer "The Butcher's Freezer" ===
~ hunger = 1
Luck. The back door of a butcher's shop you have never tried before has been forced by someone else,
weeks ago, and left. Inside, the power is long dead, but the walk-in freezer is thick-walled and
shut tight, and when you heave the door open the cold breath that comes out still smells of iron.

There are blocks of frozen blood in plastic tubs, stacked for making sausage. Somebody's whole
winter's work. You sit on the floor of the freezer in the dark and thaw them against your body one
by one and drink, and drink, until for the first time in weeks the hum at the back of your head goes
quiet, completely quiet, and you can hear your own thoughts in the silence like footsteps in an
empty school.

You carry two more tubs back down to the arcade for the others. Ye-eun cries when she sees them.
-> dusk_raid

=== hunt_dog "The Dog" ===
In the alley behind the market there is a dog. Some kind of jindo cross, white once, grey now, ribs
like the rungs of a ladder. It has been eating from the bins. When it sees you it does not run;
it lowers its head and wags its tail, once, uncertainly, the way dogs do when they are not sure
whether you are the kind of person who feeds them.

It must have belonged to someone. It has a collar, red, with a little brass bell that has lost its
clapper.

You can hear its heart. Quick and thin and hopeful. It is not a person. That is the whole of the rule.
+ [Let the dog go]
    You crouch down and hold out your hand. The dog sniffs it, considers the smell of you, and does
    not like it, and backs away. Then it turns and trots off down the alley with its useless bell,
    going somewhere it has decided on, and you let it.
    You go back underground empty. The hunger sulks all day. But the dog is somewhere in the city
    with its red collar, and you are someone who let it go, and you will take that.
    ~ hunger += 1
    ~ humanity += 1
    -> dusk_raid
+ [Take it]
    It does not take long. You make sure it does not take long; that is the one mercy you have.
    Afterward you sit in the alley with the red collar in your hand and the hunger purring like a
    fed cat, and you hate it, and you are grateful, and both of those are true and you do not know
    what to do with either of them.
    You bury the collar under a loose paving stone. You do not know why. It seems like someone should.
    ~ hunger = 2
    ~ humanity -= 1
    -> dusk_raid

=== hunt_empty "Nothing Moving" ===
~ hunger += 1
Nothing. The freezers you know are empty, the rats have gone to ground, the birds are up on the
rooftops out of reach. You search until the sky goes grey and then pale and then the first drone
lifts off from the army base on the ridge, and you have to run for the grate with nothing.

You spend the day in the arcade with your back against a shutter and your arms around your knees,
counting the heartbeats of the others to keep from counting anything worse. The hunger follows the
sun across the sky. By afternoon you can feel it in your teeth.
-> dusk_raid

=== dusk_raid "Dusk" ===
It comes at dusk.

First the smell: diesel, gun oil, the sour-clean smell of the army's soap. Then the sound you
learned on the roof: the high thin whine of drones in the stairwells, and under it the boots, a lot
of boots, coming down the frozen escalators from the station concourse.

Somebody shouts. Tae-gyu is off the counter and moving before the shout is finished. White light
floods the north end of the arcade: big lamps, and behind them shapes in grey with goggles like
insect eyes and long poles with loops of wire at the ends.

"Specimens, stay where you are!" a voice calls through a loudhailer, calm and bored, the voice of a
man reading a form. "You will not be harmed. Stay where you are."

Ms. Seo does not run. She sits under her lamp with the ledger in her lap and her glasses on, and she
closes the book, and holds it to her chest, and waits. You will remember that later.

Ye-eun is screaming. She is still chained to the pillar.
+ [Fight beside Tae-gyu] -> raid_fight
+ {hunger < 8 else "Your legs are water; the hunger has had you all day. You could not carry her."} [Carry Ye-eun out through the storm drain] -> raid_drain
+ [Run] -> raid_flee

=== raid_fight "Teeth and Batons" ===
~ suspicion += 2
~ hunger += 2
{if ally == "none"}
~ ally = "Tae-gyu"
{end}
You go for the lamps.

You are faster than they are, faster than they have been told you are, and the first lamp goes over
in a shower of sparks before anyone has turned it toward you. Tae-gyu is beside you, laughing, a
terrible high laugh, swinging a length of shop shelving. A wire loop drops over your head and you
catch it and pull and the soldier on the other end of the pole comes off his feet.

He is close, for a second, close enough that you can hear his heart hammering under the grey
padding, and the hunger comes up through you in a wave so strong that you lose two seconds
entirely, and when you get them back you are three metres away with your hands empty and your
mouth closed, and he is alive, crawling backwards, staring at you.

"Go!" Tae-gyu is shouting. "Nam-ra, go, go!"

You go. Through the smoke, over the counters, into the black lake at the south end, under the water
and out through the flooded service tunnel, with the shouting fading behind you. The soldiers have
your face now. They have it on a helmet camera, snarling, lit by sparks.
-> after_raid

=== raid_drain "The Storm Drain" ===
~ humanity += 1
~ ally = "Ye-eun"
You do not think. You are across the arcade before the lamps have swung round, and you have the
bicycle chain in both hands, and you pull.

The lock holds. The pillar does not. The tiles crack around the bolt and it comes out of the
concrete with a shriek of metal, and Ye-eun falls against you, still chained to a length of steel,
still screaming. You pick her up, chain and all. She weighs nothing. She is fourteen.

Behind the noodle shop there is a drain grate you found in your first week, because you always find
the exits first. You drop through it with Ye-eun in your arms into knee-deep water and run, bent
double, in the dark, with her arms around your neck and her face against your shoulder.

"Don't let go," she keeps saying. "Unnie, don't let go."

You don't. Her heart is right against your ear the whole way, and the hunger, for once, says nothing
at all.
-> after_raid

=== raid_flee "Alone in the Dark" ===
~ humanity -= 1
You run.

You tell yourself, later, that there was nothing else to do. That there were forty soldiers. That
Ms. Seo chose to stay. You will tell yourself all of that many times.

What actually happens is simpler. The lamps come on, and the animal in you that wants to survive
more than it wants anything turns you around and puts you through the flooded service tunnel before
the rest of you has voted. You come out in a storm drain two streets away, shaking, soaked, alone.

Behind you, under the ground, someone is still screaming your name. Unnie. Unnie.

Then they stop.
-> after_raid

=== after_raid "What Is Left" ===
Later, when the trucks have gone and the helicopters have given up, the survivors find each other
the way survivors always do: slowly, in the dark, by smell and by sound, in the burned-out shell of a
church on the ring road.

There are five of you. There were eleven.

Tae-gyu is there, a cut above his eye already closed. He walks up and down the aisle between the
broken pews and counts you, and counts you again, as if the number might change.

Ms. Seo is gone. They took her sitting down, with the ledger in her arms. Tae-gyu saw it. She did not
fight. She only asked them, very politely, to be careful with the vials.

{visits(raid_drain) > 0: Ye-eun sleeps with her head in your lap, the broken chain still locked around her wrist. Every so often she wakes and checks that you are there, and then sleeps again.|Ye-eun is gone. You keep listening for her heart among the others, small and fast and frightened, and it is not there, and you keep listening anyway.}

"Someone told them," Tae-gyu says. "They came straight to the north end. They knew where the grate
was." He looks at you, and at the smoke still in your hair from the fire on the roof. He does not
say anything else. He does not have to.

You sit in the ruined church with the night coming in through the holes in the roof, and you do
what you always do when everything has fallen apart. You take stock.
-> reckoning ->
-> camp_morning
