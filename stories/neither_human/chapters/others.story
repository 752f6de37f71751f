// Chapter Two: the others, under Hyosan Station. One day among the hybrids: Nam-ra spends it
// with one of them (or hunting), and that sets ally, knows_lab and her hunger. At dusk the
// soldiers come. Ms. Seo is always taken (she may give Nam-ra her ledger first); Ye-eun
// escapes only if Nam-ra carries her out (yeeun becomes "with_you", else "taken").

=== night_run "Burned Streets" === #chapter: Two: The Others #mood: hunted
\**Chapter Two: The Others**

Hyosan at night is a city with its eyes put out. You run down the middle of the old shopping street,
past shutters melted into waves, past a bus on its side with grass growing through the windows.
Behind you, the drone is turning, tasting the air for heat.

{visits(leap) > 0: Your ankle has finished mending.|You did not jump tonight, and you are almost sorry.} The body the virus gave you is a beautiful machine, and you hate
how much you enjoy it at moments like this.
* [Lead the drone away from the school: it will see you, and running costs]
    You stop in the open at a crossroads and let it find you. Then you run west, away from the
    school and the station, a bright warm target on its little screen, until you reach the river and
    go under the broken bridge where the water is loud and cold and hides everything.

    When you climb out downstream the drone is gone. Whatever the soldiers find on the roof, they
    will not find it next to you. But running makes you hungry, and they now have a very good
    picture of something that runs like you.
    ~ suspicion += 1
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    ~ humanity += 1
    -> den
* {visits(stairwell) == 0} [Circle back to the school to see what they do with your friends: it means staying near the searchlight] -> street_watch
* [Go to ground at once]
    You go through a shattered shop window, out the back, and down a drain cover into the old storm
    sewers. Above you the drone passes, and passes again, and gives up.
    You sit against the curved brick and think of six people walking down the stairs toward a
    searchlight. You tell yourself the soldiers will believe they were only students who saw a fire.
    -> den

=== den "Under the Station" ===
The arcade under Hyosan Station used to sell phone cases and bubble tea. Now the south end is a
black lake where the water mains burst, and the north end is where the others live.

{if hunger >= 8}
You get as far as the ventilation grate behind the bus depot before it takes you.
-> hunger_fit ->
{end}

{visits(day_station) > 0: {visits(late_fire) > 0: You left here at dusk.|You were here at noon.} It feels like a week ago.} Eleven of them tonight, and you
make twelve, sleeping in the shells of the shops behind shutters pulled down from inside.

{visits(day_station) > 0: Tae-gyu is on the counter of the bubble tea stand, where you left him, swinging his feet. "Well?" he says. "Who came?"|Tae-gyu is awake; he always is. He sits on the counter of the old bubble tea stand swinging his feet, twenty-four and built like the delivery rider he used to be. "You lit a fire," he says, without warmth. "On a roof. Who came?"}

"Friends," you say. "From school."

"And did you tell your friends from school about us?"

{told_friends: You do not lie to him. When you nod, he closes his eyes for a second. "Then we had better hope they are good at keeping secrets."|"No," you say, and he looks at you for a long moment before he decides to believe it.}

{if visits(day_station) > 0}
Ms. Seo looks up from her ledger under the lamp{ally == ms_seo:, turns back to the margin where she wrote that you went, and puts a small tick beside it}. Behind her the chain rattles, and Ye-eun says, "Unnie? Is that you?" {visits(late_fire) > 0: She has woken again.|She has not slept.}
{else}
Ms. Seo, who was a pharmacist before, sits under the one working battery lamp with her ledger on her
knees and her reading glasses on a chain. Behind her something rattles a chain, and a thin voice
says, "Unnie? Is that Nam-ra unnie?"

Ye-eun. Fourteen years old, and the hunger sits on her like a grown man on a child's chair.
{end}

The day is coming. You will spend it down here, with one of them.
* [Spend the day with Tae-gyu] -> taegyu_talk
* [Sit with Ms. Seo and her ledger] -> seo_ledger
* [{visits(day_station) == 0: Stay beside Ye-eun|{visits(late_fire) > 0: Go back to Ye-eun, who has woken again, and is asking for you|Go back to Ye-eun, who has been awake since noon}}] -> yeeun
* [Go up alone to hunt, before the light comes: you may come back fed, or with nothing] -> hunt

=== taegyu_talk "Tae-gyu" ===
Tae-gyu talks the way he used to ride: fast, leaning into the corners, not braking for anything.

"Do you know what they call us in the reports?" he says. "A soldier dropped one in the market. Not
hybrids. Not survivors. _Specimens._ Specimen four, specimen seven. They have a list." He taps his
temple. "I'm on it. So are you, I'd bet. Class president, top of the year, specimen whatever."

He tells you about the trucks that come at night, the nets, the poles with wire loops like dog
catchers carry. About Mr. Gu, a taxi driver who could hold back for a week at a time, who went up to
look for his daughter and did not come down. About the camp loosening, the guards playing cards,
fewer of them every week.

"They had their turn," he says. "A hundred and ten thousand of them survived. Good for them. Now
it's our turn, and nobody is going to hand it to us." He leans forward. "They'd listen to you, down
here. They listen to me because I'm loud. They'd listen to you because you're right."

It is the most frightening compliment you have ever been paid.
* [Tell him they owe you nothing, and you owe them less: it will be easier than it should be]
    "You're right," you hear yourself say. "They bombed their own city. They'd bomb us again if it
    was convenient. Whatever we owe them, we paid it in Hyosan."

    Tae-gyu grins, slow and wide, and clasps your hand like a brother. His grip is as cold as yours.

    Something in you warms to the relief of not having to explain yourself, and you do not look too
    closely at what else you just let go of.

    "Then come and look at them with me," he says. "This afternoon. From the ridge."
    ~ ally = tae_gyu
    ~ humanity -= 1
    -> scouting
* [Tell him you still have friends up there]
    "I have friends in that camp," you say. "Six of them. They climbed up to a fire last night because
    they thought it might be me. Whatever you're planning, it goes through them."

    For a second you see something under his anger, tired and young, someone who had friends once
    too. Then it closes.

    "Sure," he says. "Ask your friends what they'd do if the army offered them
    a cure in exchange for you."

    You know what On-jo would say. You are less sure what the army would do with the answer.
    ~ humanity += 1
    -> dusk_raid

=== scouting "The Ridge" ===
You go up with Tae-gyu in the late afternoon, through the storm drains and out into the scrub on
the ridge above the camp, where the old water tower stands on its scorched legs. He lies on his
stomach in the dry grass and points, and you look.

The camp from above is a grid of pale tents and one small armoury and a motor pool with a fence
whose cameras are older than the rest. He names the guards by their habits. He knows which one
sleeps. He knows which one sings. He has been coming up here for weeks.

"Forty of us," he says. "That's all it would take. Forty, on one night."

You find Tent Eleven without meaning to, in the fourth row from the laundry. You cannot hear any one
heart from up here. You can hear all of them.

Then the sound changes. Trucks, a lot of them, on the ring road, going the wrong way: not toward
the camp, but away from it, into the city. Toward the station.

Tae-gyu is on his feet. "No," he says. "No, no, no."

By the time you reach the bus depot the grate is open and the lamps are already inside, white light
pouring up out of the ground like water out of a broken pipe, and the trucks are backing up to it
one by one.
* [Go down the grate into it: it is too late, and you go anyway] -> dusk_raid
* [Follow the trucks when they leave: you will learn where they go, and nobody else will be saved]
    You do not go down. You hold Tae-gyu by the collar of his jacket while he fights you, and you
    watch them bring people up out of the ground in nets, and you count them into the trucks. Then,
    when the trucks pull away, you follow.

    North, through the dark city, up the reservoir road through the pines, two gates, a long grey dam,
    and a concrete building at its foot with a nine painted on its side. You lie in the pines and
    watch them carry Ms. Seo in, sitting upright in the net with her ledger in her arms. And then a
    small shape, kicking, with a bicycle chain still round its wrist.
    ~ knows_lab = true
    ~ saw_nine = true
    ~ yeeun = taken
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    -> after_raid
* [Hold Tae-gyu back, and wait for the ones who run]
    You hold Tae-gyu back, because if he goes down there they will have him too, and you wait in the
    dark behind the depot for the ones who get out.

    They come out of the storm drains in ones and twos, soaked and shaking. Not many. You count them.
    Ye-eun is not among them. You count them again.
    ~ yeeun = taken
    ~ humanity += 1
    -> after_raid

=== seo_ledger "The Ledger" ===
Ms. Seo makes room for you on her piece of cardboard as if you had come round for tea.

The ledger is a green pharmacy stock book ruled into columns by hand: names down the side, hours
across the top, and in each box a number from one to ten in tidy blue biro. "Hunger," she says.
"Self-reported, every four hours, by everyone who will let me ask. You too, now. Don't lie to me; I
was a pharmacist for thirty years and I can always tell."

She has months of it. The numbers climb through the day and fall after feeding. Ye-eun's column is
almost solid nines.

"The science teacher at your school, who made this thing," she says, "said there could never be a
vaccine. Everybody repeats it like scripture." She polishes her glasses on her cardigan. "Frightened
men say _impossible_ when they mean _not by me_. We are the proof he was wrong, you and I. Something
in our blood said no to this virus. Only halfway, but halfway is a start."

At her elbow is a rack of glass vials, labelled in the same blue biro. Blood: hers, Tae-gyu's, the
others'. There is nowhere to send them.
* [Let her draw your blood for the ledger]
    You roll up your sleeve. She finds the vein on the first try and talks about her granddaughter
    while the vial fills. Then she writes your name on the label, in full, and underlines it.

    "There," she says. "Now you're in the record. Whatever happens to us, someone will be able to
    read that we were here and that we tried."

    It is the first time in four months anyone has written your name down.
    ~ ally = ms_seo
    ~ humanity += 1
    -> dusk_raid
* [Go up and keep watch on the road for her, while the others sleep] -> road_watch
* [Ask her where the trucks take the ones they catch]
    She is quiet for a long time. Then she turns to the back of the ledger, to a map in the same
    blue biro: the river, the ring road, the long curve of the reservoir north of the city.

    "I followed one," she says. "In March. On foot, all night. Up the reservoir road, through two
    gates, to a grey building by the dam with a big number nine painted on the side. Building Nine.
    I haven't seen anyone come out."

    You memorise the map. You memorise everything.
    ~ knows_lab = true
    -> dusk_raid

=== yeeun "Ye-eun" ===
Ye-eun has locked herself to a pillar with a bicycle chain. She asked for the chain herself, and the
key hangs on a string around Tae-gyu's neck, because he is the only one she trusts not to give it
back when she begs.

She still has her school bag from the middle school across the river, pink, with a cartoon rabbit on
it, and she sleeps with her head on it.

"Unnie," she says when she sees you, and her face crumples. "It's bad today. It's really bad."

You sit down next to her, just out of reach of the chain, which is a kindness to you both. With her
school bag and her bitten nails she looks so much like someone in your class that the years fold up
and you are somewhere else.
-> memory_class ->
When you come back, she is watching you. "You went away," she says. "Where do you go?"

"School," you say.

"Was it nice?"

"No," you say. "It was ordinary. It was the best thing I ever had."
* [Hold her through the fit: her hunger will call to yours]
    The fit comes at noon. You put your arms around her from behind, your chin on the top of her
    head, and hold on while she fights the chain and snarls and weeps and calls for her mother. You
    hold on for two hours, and the whole time her hunger calls to yours like one dog to another
    across a valley.

    When it passes she sleeps, leaning on you, and you sit with your own hunger roaring, and do not
    move.
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    ~ humanity += 1
    -> dusk_raid
* [Take the key from Tae-gyu's neck while he sleeps, and unlock her: she asked for the chain] -> yeeun_unchained
* [Give her your own share of blood for the day: you will go hungry all afternoon]
    You give her all of it, the whole day's worth{day == at_market: , and the tub you carried down from the cold store in your bag|, from the tins Tae-gyu keeps cold in the flooded end}. She drinks it like a child drinking milk, both
    hands around it, and then she cries because she drank it all, and you tell her that was
    the idea.

    You go hungry all afternoon: bearable, then less bearable, then you are counting. But she sleeps
    without the chain pulling tight even once, and when she wakes she asks you to tell her about
    school again.
    ~ hunger = min(hunger + 2, HUNGER_MAX)
    ~ humanity += 2
    ~ fed_yeeun = true
    -> dusk_raid

=== hunt "Above Ground" ===
You go up through the grate in the blue hour before dawn, when the soldiers are changing shift. A
cat crosses the road ahead of you and freezes, and you freeze too, two predators in a dead street,
until it walks on.

You need something with blood in it that is not a person. That is the one rule. You go
toward the old market, where the smells are.
{if random(1, 6) <= 2}
-> hunt_freezer
{elif random(1, 2) == 1}
-> hunt_dog
{end}
-> hunt_empty

=== hunt_freezer "The Butcher's Freezer" ===
~ hunger = 1
{visits(dog_follow) > 0: The dog leads you there.|Luck.} The back door of a butcher's shop has been forced by someone else, weeks ago, and left. The
walk-in freezer is thick-walled and shut tight, and the cold breath that comes out still smells of
iron: blocks of frozen blood in plastic tubs, stacked for making sausage.

You sit on the freezer floor and thaw them against your body one by one, and drink, until for the
first time in weeks the hum at the back of your head goes completely quiet, and you can hear your
own thoughts like footsteps in an empty school.

You carry two more tubs back to the arcade. Ye-eun cries when she sees them.
-> dusk_raid

=== hunt_dog "The Dog" ===
In the alley behind the market there is a dog. A jindo cross, white once, grey now, ribs like the
rungs of a ladder. When it sees you it does not run; it lowers its head and wags its tail, once,
uncertainly, the way dogs do when they are not sure whether you are the kind of person who feeds
them.

It has a red collar with a little brass bell that has lost its clapper. Someone loved it once.

You can hear its heart. Quick and thin and hopeful. It is not a person. That is all the rule
says.
* [Let the dog go: you will go back underground empty]
    You crouch and hold out your hand. The dog sniffs it, does not like the smell of you, and backs
    away, then trots off down the alley with its useless bell, going somewhere it has decided on,
    and you let it.

    You go back underground empty. The hunger sulks all day. But you are someone who let it go, and
    you will take that.
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    ~ humanity += 1
    -> dusk_raid
* [Follow the dog: it is going somewhere it knows] -> dog_follow
* [Take it: you will be fed, and you will have done it]
    It does not take long. You make sure it does not take long; that is the one mercy you have.

    Afterward you sit in the alley with the red collar in your hand and the hunger purring like a
    fed cat, and you hate it, and you are grateful, and you do not know what to do with either.
    You bury the collar under a loose paving stone. It seems like someone should.
    ~ hunger = 2
    ~ humanity -= 1
    -> dusk_raid

=== hunt_empty "Nothing Moving" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
Nothing. The freezers you know are empty, the rats have gone to ground. You search until the first
drone lifts off from the base on the ridge, and you have to run for the grate with nothing.

You sit with your back against a shutter, counting the heartbeats of the others to keep from
counting anything worse. It is not yet nine in the morning. The whole day is still in front of you.
* [Go back up and try again, in daylight: the drones are up now]
    You go back up. It is stupid, and you know it, and the hunger does not care what you know.
    ~ suspicion += 1
    -> hunt_dog
* [Stay down, and wait out the day with the others]
    You stay. By afternoon you can feel the hunger in your teeth. Ye-eun, across the arcade, can feel
    it too; she watches you all afternoon with her chin on her knees, and neither of you says
    anything, because there is nothing to say that the other does not already know.
    -> dusk_raid

=== dusk_raid "Dusk" ===
{visits(scouting) > 0: You drop through the grate into the white light with Tae-gyu behind you.|{visits(road_watch) > 0: Four minutes is not enough. It is something.|It comes at dusk.}}

First the smell: diesel, gun oil, army soap. Then the whine of drones, and boots, a lot of boots,
coming down the frozen escalators. White light floods the north end of the arcade: big lamps, and
behind them shapes in grey with goggles like insect eyes and long poles with wire loops at the ends.

"Specimens, stay where you are!" a loudhailer calls, calm and bored. "You will not be harmed."

{visits(scouting) > 0: Tae-gyu goes past you into the light, roaring.|Tae-gyu is off the counter and moving.} Ms. Seo does not run. She closes her ledger, holds it to her
chest, and waits. You will remember that later.

Ye-eun is screaming. She is still chained to the pillar.
* [Fight beside Tae-gyu: they will have your face afterward] -> raid_fight
* {hunger < 8 else "Your legs are water; the hunger has had you all day. You could not carry her."} [Carry Ye-eun out through the storm drain] -> raid_drain
* {fed_yeeun and hunger >= 8} [Tear Ye-eun's chain out of the pillar and run with her: she drank your share, and she can run] -> raid_drain
* {ally == ms_seo else "Ms. Seo is across the arcade, and the lamps are between you."} [Go to Ms. Seo, who is not running] -> raid_ledger
* [Run] -> raid_flee

=== raid_fight "Teeth and Batons" ===
~ suspicion += 2
~ hunger = min(hunger + 2, HUNGER_MAX)
~ yeeun = taken
{if ally == nobody}
~ ally = tae_gyu
{end}
You go for the lamps.

You are faster than they have been told you are, and the first lamp goes over in a shower of sparks.
Tae-gyu is beside you, laughing a terrible high laugh, swinging a length of shop shelving. A wire
loop drops over your head; you catch it and pull, and the soldier on the other end of the pole comes
off his feet.

For a second he is close enough that you can hear his heart hammering under the padding, and the
hunger comes up so hard that you lose two seconds entirely. When you get them back you are three
metres away with your mouth closed, and he is alive, crawling backwards, staring at you.

"Go!" Tae-gyu is shouting. "Nam-ra, go!"

You go: over the counters, into the black lake at the south end, out through the flooded service
tunnel. The soldiers have your face now, on a helmet camera, snarling, lit by sparks.
-> after_raid

=== raid_drain "The Storm Drain" ===
~ humanity += 1
~ ally = ye_eun
~ yeeun = with_you
You do not think. You are across the arcade before the lamps have swung round, with the bicycle
chain in both hands, and you pull.

The lock holds. The pillar does not. The bolt tears out of the concrete with a shriek of metal, and
Ye-eun falls against you, still chained to a length of steel, still screaming.
{if hunger >= 8}
You could not carry her now if you tried. You do not have to. She drank your share at noon, and
she is on her feet before you are, the chain wrapped twice round her fist, pulling you.

Behind the noodle shop is a drain grate you found in your first week, because you always find the
exits first. You drop through it into knee-deep water together and run, bent double, her hand
locked in yours.
{else}
You pick her up, chain and all. She weighs nothing.

Behind the noodle shop is a drain grate you found in your first week, because you always find the
exits first. You drop through it into knee-deep water and run, bent double, with her arms around
your neck.
{end}

"Don't let go," she keeps saying. "Unnie, don't let go."

You don't. Her heart is {hunger >= 8: loud beside you|against your ear} the whole way, and the hunger, for once, says nothing at
all.
-> after_raid

=== raid_ledger "The Ledger" ===
You cross the arcade under the lamps, which is stupid, and kneel beside Ms. Seo, who has not moved
from her cardboard.

"Come on," you say. "The drain. I'll carry you."

"No," she says. She says it kindly, as she must once have told people that the medicine they wanted
would not help them. "I'm sixty-one and I'm slow, and if you carry me they'll catch you both. Take
this instead." She puts the green ledger into your hands. "Months of it. Every one of us. Someone
has to read it who isn't them."

"Ms. Seo..."

"Go," she says, and turns to face the lamps with her hands folded in her lap, like a woman waiting
for a bus.

You go through the flooded service tunnel with the ledger held above your head in both hands. Behind
you, Ye-eun is still screaming your name. You do not go back for her. You had one pair of hands, and
you have just been told what to put in them. You will go on hearing her for a long time.
~ took_ledger = true
~ yeeun = taken
-> after_raid

=== raid_flee "Alone in the Dark" ===
~ humanity -= 1
~ yeeun = taken
You run.

You tell yourself, later, that there was nothing else to do. That there were forty soldiers. That
Ms. Seo chose to stay.

What actually happens is simpler. The animal in you that wants to survive turns you around and puts
you through the flooded service tunnel before the rest of you has voted. You come out in a storm
drain two streets away, soaked, alone.

Behind you, under the ground, someone is still screaming your name. Unnie. Unnie.

Then they stop.
-> after_raid

=== after_raid "What Is Left" ===
{saw_nine: You come back down the reservoir road before dawn, with Tae-gyu silent beside you, and find the survivors in the burned-out shell of a church on the ring road.|Later, when the trucks have gone, the survivors find each other in the burned-out shell of a church on the ring road.}

There are {yeeun == with_you: six|five} of you. There were twelve. Tae-gyu, a cut above his eye
already closed, counts you, and counts you again, as if the number might change.

{if saw_nine}
Ms. Seo is gone. You watched them carry her through the door of Building Nine, sitting upright in
the net with her ledger in her arms.
{else}
Ms. Seo is gone. They took her sitting down, {took_ledger: with nothing in her arms, because she had given you the only thing she owned|with the ledger in her arms}. She only asked them, very politely, to be careful with the vials.
{end}

{took_ledger: Ms. Seo's ledger is on your knees. You have not opened it. It feels like reading someone's diary at their funeral.}

{yeeun == with_you: Ye-eun sleeps with her head in your lap, {visits(yeeun_unchained) > 0: the key to her own chain in her fist.|the chain still locked around her wrist, with the bolt from the pillar at the end of it.}|Ye-eun is gone. You keep listening for her heart, small and fast and frightened, and it is not there.{saw_nine: You know exactly where it is. That is worse.}}

"Someone told them," Tae-gyu says. "They knew where the grate was." {told_friends: He looks at you, and you think of six people in an army camp who are questioned every week, and you cannot look back at him.|He looks at the smoke still in your hair from the fire on the roof, and then away.}

Nobody sleeps. You sit in the ruined church with your back to a pew and listen to the trucks on the
ring road until they are gone.
-> camp_morning

=== street_watch "The Bottom of the Stairs" ===
You go back the way you came, roof to roof, and lie flat on the canopy of the burned-out bakery
opposite the school gate, with the searchlight sweeping a metre above your head.

They come down the last of the stairs in a line, six students who saw a fire. A soldier with a
loudhailer tells them to stop, and they stop. Su-hyeok puts himself in front of On-jo without
seeming to. Hyo-ryung says something you cannot hear, very clearly, and the soldier lowers his
loudhailer. {visits(hidden_roof) > 0: On-jo is holding nothing. The crane she left is in your pocket.}

They are put into the back of a truck and driven down the hill to the camp. Nobody is hurt. You lie
on the canopy until the truck's lights have gone round the last bend, and then a while longer,
because the drone has come back and is turning slowly over the gate, tasting the warm shape of a
girl on a bakery roof.

When it slides off toward the river at last, you go down the bakery's drainpipe and into the
sewers, and take the long way under the city to the station.
~ suspicion += 1
~ humanity += 1
-> den

=== yeeun_unchained "The Key" ===
Tae-gyu sleeps at noon, for an hour, the only hour he ever sleeps. You take the key off the string
around his neck without waking him, which tells you something about what you have become, and
kneel by the pillar.

"Unnie," Ye-eun says. "Don't. I asked for it. I asked him."

"I know," you say. "I'm not taking it off. I'm just unlocking it. You can lock it again yourself,
whenever you want. You don't need him to keep the key. You can keep it."

You put the key in her hand and close her fingers round it. She looks at it for a long time. She
does not lock the chain again, all afternoon. She holds the key so tightly that it leaves a mark.

It comes at dusk. First the smell, diesel and gun oil, then the boots on the frozen escalators,
then the white light. And Ye-eun is not chained to anything. She is on her feet before you are,
and her hand is in yours, and the drain behind the noodle shop is ten steps away, and she runs
those ten steps faster than you have ever seen anyone run.

Behind you, Ms. Seo closes her ledger and waits. Tae-gyu is roaring. You do not look back.
~ yeeun = with_you
~ ally = ye_eun
~ humanity += 1
-> after_raid

=== dog_follow "The Dog's Way" ===
You do not touch it. You walk behind it, a long way behind, as you would follow a teacher you did
not want to notice you.

It goes down the alley and across the market square and through a gap in a fence, and round the
back of a butcher's shop with a forced door, and sits down in front of a walk-in freezer and looks
at you over its shoulder with its useless bell, as if to say: well?

It knew. It has been coming here all along, licking the frost off the seal. You open the door.
-> hunt_freezer

=== road_watch "The Road" ===
You go up through the grate at four in the afternoon and lie under a bus shelter on the ring road,
where you can see three streets at once, and watch, because Ms. Seo said someone should and because
she looked so tired when she said it.

At a quarter past six the trucks come. Not one: nine of them, in a line, with their lights off,
turning off the ring road one by one toward the bus depot. Behind them, soldiers in grey, walking.
You have perhaps four minutes. You can hear your own count already running.
* [Run down the grate and shout: they will have four minutes]
    You go down the grate head first and come out into the arcade shouting, and for the first time
    since you have known them, all eleven are awake at once.
    ~ humanity += 1
    -> dusk_raid
* [Lead the trucks away from the grate: they will chase you, and maybe only you]
    You stand up under the bus shelter in the last of the light, where the first truck cannot help
    but see you, and you let it see you, and then you run: west, away from the depot, across the ring
    road and into the market, with the lead truck swinging after you and two more behind it.

    It works for eleven minutes. Then the other six trucks, which did not follow, back up to the
    grate behind the bus depot, and you hear it happen from three streets away, and there is nothing
    you can do but keep running, because if you stop the three behind you will go back too.

    When it is over, you are in a drain by the river with your hands over your ears.
    ~ suspicion += 2
    ~ humanity += 1
    ~ yeeun = taken
    -> after_raid
