// Chapter Nine: home, whatever that is. The gap in the fence and the room Mi-jin made (if she
// made it), where hunger decides whether Nam-ra can stay among her friends; the mountain road,
// where she takes whoever walks with her to a village without lights; or the long road, alone,
// as she told Su-hyeok she would. The last ending is told by On-jo.

=== friends_door "The Gap in the Fence" === #chapter: Home #mood: tender
\**Chapter {visits(uprising_gather) > 0: Eight|Seven}: Home**

{if visits(standoff) > 0}
Behind you the hill is emptying. Half of them have gone back into the dark with Tae-gyu; the other
half wait at the top of the slope to see what you will do. The camp has not woken. It does not know
how close it came.
{elif visits(march) > 0}
Behind you, at the motor pool, you hear the bolt cutters bite into the first link. You have minutes,
perhaps less.
{elif taegyu_deadline}
Behind you, on the ridge, forty of your kind are waiting under the water tower for one night to
pass. You can feel the hours going, one by one, like coins out of a pocket.
{else}
The camp is asleep. The loudspeaker lullaby finished an hour ago. Nobody followed you down the hill;
nobody knows you are here but you.
{end}

{yeeun == with_you and yeeun_at == tower: Ye-eun is still up at the foot of the water tower, where you told her to stay. You hope she is staying.}
{if yeeun == with_you and yeeun_at != tower}
Ye-eun is with you, holding your sleeve<>
{if visits(yeeun_unchained) > 0}
, Tae-gyu's key on a string round her neck<>
{else}
, her chain wrapped round her wrist so that it will not clink<>
{end}
.
{end}

{if told_gap}
You find the gap behind the laundry from On-jo's note: the place where the guard tower's attention
does not reach, where the camera points at the wrong corner. {gap_marked: Somebody has tied a strip of white cloth to the bottom of the post, just above the mud, where nobody would see it unless they were looking.|There is no mark on the post. There does not need to be.} Su-hyeok. In case.
{else}
You find a way in by listening, as you find everything now: a stretch of fence behind the laundry
where the guard tower's attention does not reach and the camera on the wall hums, pointed at
nothing. At the bottom of one post the chain-link has come away, just enough to lift. Somebody has
been loosening it. You do not know who.
{end}

{visits(march) > 0 and visits(standoff) == 0: You crouch at the wire, and for one terrible second you cannot make yourself go through it, and in that second the past comes up to meet you.|You crouch in the dark on the outside of the wire and look at the tents, pale rows of them, and you do not go in. Not yet. You have stood outside this fence on other nights, a long way off, and never come closer. The part of you that keeps count wants to know why tonight should be different.}
-> memory_roof ->
When you look up again, someone is standing on the other side of the wire.

On-jo. In a camp sweatshirt with the sleeves pulled over her hands, barefoot in the mud, as if she
had felt you arrive and come straight out of her cot. Behind her, one by one, the others: Su-hyeok,
Ha-ri with her homemade bow, Dae-su and Mi-jin holding on to each other, Hyo-ryung last, looking
back over her shoulder.

{visits(march) > 0 and visits(standoff) == 0: "They're coming," you tell her. "Forty of them, at the motor pool. Wake everyone." Hyo-ryung is already running for the signals tent. A moment later the siren goes, and the floodlights come on all along the fence, and out in the dark at the motor pool forty shapes stop, and turn, and melt back up the hill. The camp is awake. Nobody dies tonight.}

Nobody says anything for a moment. Then Su-hyeok kneels and lifts the wire.

{hunger >= SAFE: Through the wire you can hear six hearts, and the warm close breath of a camp asleep, and you know what a small shut room full of people will do to the hunger. You know it the way you know a step is missing in the dark.}

{prep_room: "Come in," On-jo says. "Nam-ra. Come in. Mi-jin made you a room. Today. There are comics."|"Come in," On-jo says. "Nam-ra. Please. We'll find somewhere. We'll think of something."}
* {prep_room else "There is nowhere in the camp to put you. Nobody has made anywhere, and a tent has eleven cots in it."} [Let them hide you {prep_room: in the room Mi-jin made|somewhere in the camp}] -> storeroom
* {prep_blood else "No one has anything for you to drink, and you cannot go in among them like this."} [{prep_blood: Drink what Dae-su hid in the rice, there at the wire, then go in|Ask them for something to drink, there at the wire, before you go in}]
    Dae-su goes and comes back at a run, and swallows, and holds something out through the gap: a
    blood bag, wrapped in a camp towel, the label stamped in red.

    "Expired," he says. "Yesterday. Only yesterday. It's fine. It's basically fine."

    You drink it there, crouched in the mud outside the wire, with six people standing over you not
    looking away. It is the strangest meal of your life. When you have finished, the hunger is
    sitting quietly in its corner, and Mi-jin hands you the towel to wipe your mouth, and you laugh,
    and then you are crying, and Su-hyeok is still holding up the wire.

    You go in.
    ~ hunger = 2

    Inside the wire, with the hunger quiet, you stand in the lane between the tents with six people
    around you.
    {if prep_room}
    "The ration store," Mi-jin says. "Come on. It's all ready."
    -> storeroom
    {else}
    "Tent Eleven," On-jo says. "Under my cot. Just till the morning. Just till we think."
    -> tent_count
    {end}
* [Ask them to come with you to the mountains]
    "I can't come in," you say. "Not to a camp. Not with soldiers counting heads every morning.
    Sooner or later I'd be the wrong number." You look at them, one by one. "But there's somewhere
    else. North. Up past the reservoir, in the mountains, where nobody goes. I'm going there. I'm
    asking if any of you would come with me. For a while. Until we know what this is."

    They look at each other. It is Ha-ri who moves first. She slings her bow over her shoulder and
    steps through the gap in the wire, barefoot, and stands beside you on the outside.

    "Woo-jin would've gone," she says. "Obviously. Idiot."

    One by one, the others follow her out.
    ~ walking += the_six
    -> mountain_road
* {told_truth} [Tell them you only came to say goodbye, as you told Su-hyeok you would] -> long_road

=== tent_count "Under the Cot" ===
{if yeeun == with_you and yeeun_at != tower}
~ yeeun_at = camp
Ye-eun goes under Hyo-ryung's cot, two along, with Hyo-ryung's spare sweatshirt over her, and falls
asleep at once, as children do.

{end}
You lie under On-jo's cot in Tent Eleven, on the groundsheet, with her blanket hanging down over the
side to the floor, and you do not move all night. Above you, she does not sleep either. Every so
often her hand comes down over the edge of the cot, in the dark, and finds your shoulder, and stays.

At six the bugle goes. At ten past, the sergeant comes down the row with his clipboard, calling
names, and every one of them answers, and his boots stop at the foot of On-jo's cot.

{if suspicion >= 4}
He bends down. He lifts the blanket. He looks at you for a long, long time, and you look back, and
then he straightens up and calls for the dogs.
~ caught = in_camp
-> white_room
{else}
He does not bend down. He writes a tick on his clipboard, and says, "On-jo," and she says, "Here,"
and her voice hardly shakes at all, and the boots go on down the row.

By evening Mi-jin has cleared a space behind the rice sacks in the ration store, because there is
nowhere else, and you are in it, and Dae-su has brought comics.
-> storeroom
{end}

=== storeroom "The Storeroom" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
{if yeeun == with_you and yeeun_at != tower}
~ yeeun_at = camp
{end}
They have made you a room in the back of the ration store, behind a wall of rice sacks stacked to
the ceiling, where the soldiers only come on Mondays. A camp bed. A blanket. A torch, which you
do not need, and a stack of comic books, which you do. On the bed, folded, a school uniform that
fits, with a new tie.

"Mi-jin found it," Dae-su says. "Don't ask where."

{yeeun == with_you and yeeun_at == camp: Ye-eun curls up on the rice sacks by the door with your jacket over her and is asleep before anyone has said anything. Mi-jin looks at her for a long time and then fetches another blanket.}

They sit with you, all six of them, on rice sacks and upturned crates in the warm close dark, and
the smell of them fills the little room like water filling a glass.
{if hunger >= 8}
-> hunger_wave ->
{end}

{hunger >= SAFE: You keep your hands in your lap and your mouth closed and breathe very slowly. They notice. They do not say anything. Su-hyeok shifts, casually, so that he is sitting between you and On-jo, and you are grateful to him.|The hunger stays in its corner. You can look at them. You can actually look at them, all of them, in the torchlight, and not be counting anything.}

Dae-su sings, very quietly, because someone has to. It is the ballad from two years ago, and he is
still singing it badly, and Mi-jin is still telling him to stop, and you realise that you would
die for the sound of it, if you had not already done most of that.
* {prep_blood and hunger >= 3} [Ask Dae-su for one of the bags in the rice]
    Dae-su digs in the split sack and comes out with a bag, cold from the rice, and gives it to you
    without a word, and turns round so you can drink it without him watching. They all turn round.
    It is the kindest thing anyone has done for you since the roof.
    ~ hunger = 1
    -> storeroom_night
* [Sleep]
    You lie down on the camp bed, and On-jo sits on the floor with her back against it, and the
    others stay until the torch battery starts to fail. You do not sleep, exactly. But you go still,
    with her breathing a hand's width away, and for a few hours it is almost the same thing.
    -> morning_count
* [Read Dae-su's comics aloud to them until the torch dies]
    You read them Dae-su's comics, all the voices, badly, in the torchlight, until Dae-su is crying
    with laughter and Mi-jin has to put a hand over his mouth because of the soldiers. When the torch
    dies you keep going from memory. You have read these ones before. You read them to your little
    cousins, in another life, and did all the voices then too.
    ~ trust += 1
    ~ humanity += 1
    -> morning_count
* [Tell them everything]
    You tell them everything. The arcade. Ms. Seo and her ledger. The raid. {conscript == bitten: The boy under the shop sign. You make yourself say that part out loud, all of it, and nobody leaves.|The boy under the shop sign, and the school tie.} Tae-gyu and the water tower. What the Major wants. What you are afraid of.

    It takes most of the night. When you have finished, nobody says anything for a long time.

    Then Hyo-ryung, who listens, says, "Okay. So we have a lot of work to do," and gets out a pen.
    ~ trust += 1
    -> morning_count
* {told_truth and hunger >= SAFE} [Get up and go, before it stops passing, as you told Su-hyeok you would] -> long_road

=== storeroom_night "The Rice" ===
The hunger sleeps. You did not know it could, with six hearts this close. Dae-su falls asleep
against a sack of rice with a comic on his face. Ha-ri takes the first watch at the door without
being asked, and Su-hyeok the second.

You lie on the camp bed with On-jo's head on the edge of the mattress, and in the small hours she
asks, without opening her eyes, "Are you staying?"

"I don't know," you say. "I want to."

"That's a start," she says, and goes to sleep.
-> morning_count

=== morning_count "The Morning Count" ===
The bugle goes at six, a little too fast. Then boots, and the sergeant's voice in the rows, calling
the count, and tent flaps going up one after another.

{suspicion >= 4: Then something else: dogs. A handler's voice. Boots that do not stop at the tents but go on toward the stores. Someone has read a report about you. Someone has guessed where a girl who keeps coming back to this camp might be hiding.|The count moves along the rows of tents, name after name. Then a single pair of boots leaves the rows and comes toward the stores: the quartermaster, on his morning walk, who is not looking for anything and would find it anyway.}

Your friends have gone out to stand by their cots and be counted. Only On-jo is still here, in the
doorway of the storeroom, half in and half out, because she said she would not leave you alone for
this and she meant it. {prep_room: Mi-jin will cover for her at the count. She promised.}

"Stay still," she whispers. "Just stay still. They'll go past. We've hidden from worse than
sergeants."

The boots are close now. Close enough that you can hear the heart of the man wearing them, and
On-jo's, right beside you, fast and frightened and not going anywhere.
* {hunger < 8 else "The hunger is too close to the surface. If that door opens, you do not know what you will do, and neither does On-jo."} [Stay still among them, and trust them]
    You stay still. You stand behind the rice sacks with your hand in On-jo's and you do not breathe,
    and the boots come right up to the storeroom door, and stop.

    {suspicion >= 4: The dog whines. The handler says, "Rats, probably. Bloody rice," and the sergeant kicks the door, once, and they go on.|The quartermaster says, to nobody, "Monday," and kicks a sack, and goes on.}

    On-jo lets out a breath that shakes all of her. She does not let go of your hand.
    -> rooftop_again
* [Go out the back alone, and lead them away: they will see you in daylight]
    "Stay here," you tell On-jo. "Tell them you never saw me. Tell them I'm a ghost."

    Before she can grab you, you are out through the back of the storeroom, across the open ground
    of the motor pool in full daylight, where every camera can see, and over the fence, and away up
    the hill. Behind you the whole camp turns to look. Good. Let them look at you.

    You almost make it to the trees. They have been waiting for you in the trees.
    ~ caught = in_camp
    -> white_room

=== rooftop_again "The Roof, Again" === #ending
The camp closes in the autumn. It happens all at once, as things do in Korea when someone in Seoul
makes a decision: one morning there is a notice on the board, and a week later there are buses.

{if taegyu_deadline}
But first there is the night after your one night. You go out through the gap at dusk and up to the
water tower alone, and tell Tae-gyu the truth: that six students will not stand with forty of your
kind against an army, and that they will not stand against you either, and that this is the most
anyone has ever offered any of you. He hears you out. Then he takes the forty north, past the
reservoir, into the hills, and nobody comes down to the camp that night or any night after.
{end}

They take your friends to a new town on the coast, an hour south, where the government has built
apartment blocks for the people of Hyosan who have nowhere left to go back to. A new school opens
there in September. It is called Hyosan High, because nobody could think of what else to call it.

You go with them. Not on the bus. In the boot of Su-hyeok's uncle's car, under a blanket, with Ha-ri
sitting on the back seat humming loudly whenever they pass a checkpoint, which is, as she says, the
least suspicious thing anyone could possibly do.

You live in the storeroom of the apartment block's basement, behind the bicycles. You live on
expired blood from the hospital where Dae-su gets a job as a porter, which is the closest he will
ever come to being a doctor, and closer than anyone expected. Hyo-ryung keeps a ledger of your
hunger, in a green notebook, in columns, {took_ledger: ruled to match Ms. Seo's, which you gave her to copy|because you told her about Ms. Seo and she thought it was a good idea}. Most days the numbers are low. Some days they are not, and on those days you go up into the hills behind the town and stay there until they are, and your friends leave the basement door unlocked for when you come back, and you always come back.

{wrote_back: Above the camp bed in the basement, On-jo pins the note you left in the fence, the one that says _"I'm still here."_ Dae-su adds _"Obviously"_ underneath, in biro, and nobody takes it down.}

Hyo-ryung's letters to Seoul always carry one name more than they need to: a pharmacist called Seo, sixty-one, last seen sitting up in a net with {took_ledger: her hands empty, because she had given her ledger away|her ledger in her arms}. In the second spring a reply comes on a new letterhead, with a photograph of Ms. Seo at a desk by a window, in new glasses, keeping somebody's records. _"She asks to be remembered to the class president,"_ the letter says.

{yeeun == with_you: Ye-eun{yeeun_at == tower:, whom Su-hyeok drove back up for on the first night, to the foot of the water tower where you had told her to wait,} lives with On-jo's aunt, two floors up, and goes to the middle school, and tells everyone her older sister is very sick and cannot come out in the day. On weekends she sits in the basement with you and does her homework on an upturned crate, and asks you the maths.|You think of Ye-eun, in the cold room at the reservoir, more than you say. Hyo-ryung writes letters to Seoul about her every month. In the spring, one is answered.}

{conscript == bitten: There are nights you dream of a boy under a shop sign. On-jo knows. On those nights she comes down to the basement and sits outside the door, not talking, just there, until morning.|There are nights you dream of the roof, and the fire, and {visits(leap) > 0: the drop into the dark|six students walking down a staircase toward a searchlight because you told them to}. On those nights On-jo comes down to the basement and sits outside the door, not talking, just there, until morning.}

-> threads ->
On the first anniversary of the outbreak, all seven of you climb onto the roof of the new school in
the middle of the night, with a bag of firewood and a box of sparklers and a lot of instant noodles
that only six of you can eat. You light a fire. It is a very small fire, and a very stupid thing to
do, and nobody cares.

Dae-su sings. Mi-jin tells him to stop. Ha-ri raises a paper cup of cola to Woo-jin, and everyone
drinks, and she does not cry, or not much. Su-hyeok sits next to you, not between you and anyone,
just next to you, his shoulder against yours. Hyo-ryung writes in her notebook by the light of the
fire, and when you ask what, she shows you: all seven of your names, in a column, and a tick beside
each one. Present.

{promised_onjo: "You said you'd come back," On-jo says into your shoulder. "On the roof. Not to the roof, you said. Somewhere." She looks round at this roof, and the fire, and the others. "This is somewhere."}

On-jo leans her head on your shoulder and falls asleep there, as she never could have on the first
roof, four months after.

Her heart is a hand's width from your mouth. You can hear it perfectly. Quick, glad, steady.

You listen to it all night, and want nothing from it at all, except that it keep going. You used to
think the thing in between belonged nowhere. It belongs here, on this roof, with these six. You
were too good at maths to see it, and it was never a sum.
-> END "Among Friends"

=== mountain_road "The Mountain Road" === #chapter: The Mountain Road #mood: thin air
\**Chapter {visits(friends_door) > 0 and (visits(uprising_gather) > 0 or visits(reservoir_approach) > 0): Nine|{visits(friends_door) > 0 or visits(uprising_gather) > 0 or visits(reservoir_approach) > 0: Eight|Seven}}: The Mountain Road**

The road north goes up past the reservoir, past the last gate and the last sentry box and the last
of the pines, and then it stops being a road and becomes a track, and then a riverbed, and then just
a direction.

You walk it in the dark with {company()}.

{if yeeun == with_you}
{yeeun_at == tower: {taegyu_deadline: You take Ye-eun from the foot of the water tower on your way past, keeping the legs of the tower between you and the fire where Tae-gyu sits with his forty, waiting out your one night. She has been sitting all this time where you told her to. You do not go over to him. You would not know what to say.|You take Ye-eun from the foot of the water tower on your way past, where she has been sitting all this time, as you told her to.}}
Ye-eun walks beside you, holding your sleeve<>
{if visits(raid_drain) > 0}
, her chain wrapped round her wrist like a bracelet<>
{elif visits(yeeun_unchained) > 0}
, the key on its string round her neck<>
{else}
, the strap marks still on her wrists<>
{end}
. She is not afraid of the dark tonight. She says it is because of you. You do not tell her it is
the other way round.
{end}

{has(walking, the_pharmacist): Ms. Seo rides on your back when the slope gets steep, light as a bundle of sticks, and talks the whole way about her granddaughter and the price of ginseng and what she will put in the first column of a new ledger.}

{has(walking, the_band): Behind you come the ones from the water tower who chose your way instead of Tae-gyu's, walking in a loose line, quiet, some of them swaying, all of them following the sound of your feet.}

{has(walking, the_six): And with you, against every rule and every sense, six people from the camp with warm hearts and cold feet, carrying what they could snatch up in a minute, a rice sack full of tins and a homemade bow, arguing in whispers about whose turn it is to carry the water.}

Nobody follows you up here. The drones do not fly this far. The hunger walks with you too, as it
always does, but even it seems quieter in the thin cold air, as if it, too, were tired of the city.

At dawn you come over a ridge and see it below you: a village in a fold of the mountain, eleven
houses with their roofs fallen in, terraced fields gone back to grass, a stream, a shrine, a tree
older than the war. Nobody has lived here for twenty years. There is not one light in it.
* [Take the old logging road down: slower, and nobody is left behind]
    You take the long way down, by the old logging road, slowly, so that {company()} can keep up and
    nobody is left behind on the mountain alone. It takes all morning. At the bottom you take the
    register, as you would count a class back onto a coach after a school trip, and every name
    answers.
    ~ humanity += 1
    -> village
* {has(walking, the_band) or has(walking, the_six)} [Stop on the ridge and call the register before you go down: every name]
    You stop on the ridge in the first light and call the register, as you used to on school trips,
    every name of everyone who walked up the mountain behind you. {has(walking, the_six): Dae-su answers "Here!" so loudly that Mi-jin hits him.} Every name answers. Then you go down.
    ~ humanity += 1
    ~ trust += 1
    -> village
* [Follow the stream straight down: faster, and the doubt cannot catch you]
    You follow the stream straight down, fast, scrambling over the rocks, because you are afraid that
    if you stop walking you will start doubting, and you want to be in the village before the doubt
    catches up. At the bottom you sit by the water all through the morning, waiting for {company()} to
    reach you.
    -> village

=== village "The Village Without Lights" === #ending
You call it nothing. That is the point of it. A village without a name, without lights, on no map.

You fix the roofs first, with timber from the fallen houses. Then the stream, dammed to make a pool
where the deer come down to drink, and where you wait for them, when you have to, in the early
mornings. You take only what you need. You are careful, and you teach the others to be careful, and
the ones who cannot be careful, you watch, all the time, as Ms. Seo watched over all of you in the
arcade.

{has(walking, the_pharmacist): Ms. Seo starts a new ledger on the first day, in a child's exercise book she found in one of the houses. Every four hours, every one of you, a number from one to ten. It is the first thing in the village that works.|{took_ledger: You keep Ms. Seo's ledger going yourself, in her green book, in her columns, in blue biro when you can get it. On the first page of the new months you write her name, and beside it, every week, a question mark.}}

{if yeeun == with_you and visits(raid_drain) > 0}
Ye-eun gets her chain off in the first week, with a file and a great deal of patience. She keeps it
anyway, on a nail by the door of the house she shares with you, so that she will remember that she
does not need it any more.
{elif yeeun == with_you and visits(yeeun_unchained) > 0}
Ye-eun hangs the key to her old chain on a nail by the door of the house she shares with you. She
never locks anything with it again. She says that is what it is for.
{elif yeeun == with_you}
Ye-eun's strap marks take a month to fade. She sleeps in the house she shares with you with the
door open, every night, all winter, and nobody ever closes it on her.
{else}
You leave the door of one house open all the first winter, and a bed made up in it, for a girl of
fourteen who is still in the cold room at the reservoir. Every month you walk down to the first
gate and look at the grey building by the dam, and every month you walk back up.
{end}

{if has(walking, the_six)}
Your friends stay through the summer. They plant vegetables in the old terraces, because they still
need to eat vegetables, and Dae-su sings to them, which Mi-jin says is why nothing grows. In the
autumn, one by one, they go back down the mountain to the world, to finish school, to be people.
But they come back. Every holiday. Every anniversary. On-jo most of all.
{promised_onjo: The first time she comes back alone, she stands in the doorway of your house with her bag still on her shoulder and looks round at the fallen beams you have put back up. "You said somewhere," she says. "Not the roof, you said. Somewhere." She puts the bag down. "I didn't think you meant this far."}
{else}
On the first anniversary of the outbreak, you walk all night down the mountain to the memorial at
Hyosan High, and leave something hanging on the fence: a paper crane, folded from a page of
{has(walking, the_pharmacist) or took_ledger: the village ledger|a child's exercise book you found in one of the houses}. A week later, when you go back, there is a letter waiting in its place, in careful
handwriting. {wrote_back: It begins: _"You said you were still here. Now I know where here is."_} After that, a letter every month. You never meet. You never need to.
{end}

{if taegyu_deadline}
Tae-gyu comes up the stream in the second spring, with a cut above his eye and eleven of the forty
behind him. He does not say what happened to the rest, the night after your one night, when you {yeeun_at == tower: went past the water tower in the dark without a word for him|did not come back to the water tower}. You do not ask. You give him a house at the far end of the
village, and he takes it, and sometimes, in the evenings, he sits on your step.
{end}

Others find you. It is slow at first, and then it is not. A man who has been living in a motorway
service station. A pair of sisters from Daegu. A boy from the south coast who walked for a month.
The word goes round among your kind: north, past the reservoir, follow the stream, there is a
place. By the second winter there are forty of you, and then sixty, and you need a council, and a
rule book, and someone to keep the records, and they all look at you.

{humanity >= 6: You stand up in front of them in the old village hall, by the light of nothing, and you make rules that you would be proud to have kept in your old life: nobody is caged, nobody is hunted, nobody is left alone on the mountain with the hunger. Nobody is a specimen. Everybody is counted.|You stand up in front of them in the old village hall and make the rules that will keep them alive. They are hard rules. Some of them frighten you. You keep them anyway, and so do they, mostly, and the village survives another winter, and another.}

-> threads ->
The army knows, probably. Some satellite must have seen the smoke. But no trucks come. Maybe
the Major has decided that a village of his problems in the mountains is better than a city of them
in the valley. Maybe someone in Seoul has decided that the survival of your kind is not their
concern, as long as it happens quietly, and a long way off.

It happens quietly. It happens a long way off. Some nights you sit on the roof of the old village
hall, in the dark, and look down the valley toward the faint orange glow on the horizon that is the
world of people, and you feel the weight of what you gave up to come here, and what you found. The
others have a word for you, when they talk about you. They call you _ours_.
-> END "The Village Without Lights"

=== long_road "The Long Road" === #chapter: A Long Way #mood: salt
\**Chapter {visits(friends_door) > 0 and (visits(uprising_gather) > 0 or visits(reservoir_approach) > 0): Nine|{visits(friends_door) > 0 or visits(uprising_gather) > 0 or visits(reservoir_approach) > 0: Eight|Seven}}: A Long Way**

"A long way from us," Su-hyeok says. He does not make it a question. He was there when you said it.

{if hunger >= SAFE}
You can hear all six of their hearts, and the hunger can hear them too, and it is leaning. It has
not won. It is only leaning. This is the moment you promised him about, on the roof: not the night
it doesn't pass, but the night before, while you can still walk away on your own feet.
{else}
The hunger is quiet tonight. That is why it has to be tonight: while it is quiet, while you can
walk away on your own feet, and not be carried off on someone else's.
{end}

{yeeun == with_you and yeeun_at == tower: "There's a girl at the foot of the water tower," you tell On-jo. "Ye-eun. Fourteen. Go up for her when it's light, and say my name. She'll come."}
{yeeun == with_you and yeeun_at != tower: You kneel and unwind Ye-eun's fingers from your sleeve, one at a time, and put her hand into On-jo's. "This is On-jo," you tell her. "I told you about her." Ye-eun looks up at On-jo for a long time. Then she holds on.}

On-jo does not argue. That is the worst of it. She looks at you as she looked at you {visits(memorial_meeting) > 0: across the rope at the memorial|across the fire on the roof}, learning you by heart, and then she nods.
* [Tell her where you are going]
    "East," you say. "The coast, past Gangneung. There are fishing villages up there that emptied
    out years ago. Cliffs. Nobody for twenty kilometres. I'll write. I'll write every month, and
    you'll know from the letters if I'm still me."

    "And if you're not?"

    "Then the letters will stop," you say, "and you'll know that too."
    ~ trust += 1
    -> long_way
* (yearly) {not promised_onjo} [Promise her you will come back once a year, to the fence, at night]
    "Once a year," you say. "On the anniversary. At the memorial, at night. I'll come back. You'll
    see for yourself."

    On-jo holds out her little finger, as if you were both seven years old, and you hook yours
    round it, and it is the most binding thing you have ever agreed to.
    ~ promised_onjo = true
    -> long_way
* [Tell her nothing, so that no one can make her say it]
    "Don't ask me where," you say. "If they ask you, I want you to be able to say you don't know, and
    mean it." It is what you said on the roof, about the others. It is the only kind of protection
    you have ever been any good at.

    On-jo nods again. Her face is wet. "Then write," she says. "Don't tell me where. Just write."
    -> long_way

=== long_way "A Long Way Off" === #ending
_The last pages belong to On-jo._

The first letter comes in the autumn, with no return address and a postmark from a town you have to
look up on a map. Inside is a page of the attendance notebook, torn out along the fold, and on the
back, in handwriting so neat it looks printed: _"Still here. The sea is very loud. I eat fish, and
what the fishermen throw back, and once a seal, which I am not proud of. The hunger is quiet most days. Tell
Dae-su quiet is good."_

You tell Dae-su. He cries, which he says is allergies.

{trust >= 6: The letters come every month after that, as she said they would. You read them out in the basement of the new block, to all of you, and Hyo-ryung copies a line from each into a green notebook, what the hunger was that month, and you all watch the lines go down the page together.|The letters come when they come: sometimes two in a month, sometimes none for three. You learn not to count the days between them. You count them anyway.}

{yeeun == taken: Nam-ra's second letter is only about Ye-eun: the cold room, the bed by the door, the strap. _"Find her. You can. You always find everything."_ You do not find her that year. You keep looking.}

{yeeun == with_you: Ye-eun lives with your aunt, two floors up, and goes to the middle school, and writes her own letters, in pink pen, and puts them in with yours. Nam-ra answers every one of them first.}

{promised_onjo: {visits(long_road.yearly) > 0: She hooked her little finger round yours at the wire, and she meant it.|She told you on the roof that she would come back, somewhere.} She comes back once a year, on the anniversary, to the memorial, at night. You sit on either side of the rope the soldiers strung, which nobody has ever taken down, and talk until the sky goes grey, and then she goes east again.|Once a year, on the anniversary, you find something new on the memorial fence that you did not put there: a shell, a piece of sea glass, a feather. You never see her. You never need to.}

{taegyu_deadline: The night she left, she told you about a man under the water tower who was waiting for an answer. You went up yourself, the next night, and gave it to him: that six students would not stand with forty of her kind against an army, and would not stand against them either. He looked at you for a long time. Then he took the forty north into the hills, and nobody came down to the camp that night, or any night after.}

Hyo-ryung writes to Seoul about Ms. Seo, the pharmacist with the ledger, every month. In the second spring an answer comes, with a photograph: Ms. Seo at a desk by a window, in new glasses. You send it east in your next letter. The one after that comes back with a single line at the bottom: _"Tell her I am keeping count."_

{conscript == saved: In the second spring a young man on crutches comes to the memorial while you are there, and hangs a school tie on the fence, and stands in front of it for a long time. You do not ask. You think you know.}

{wrote_back: You keep the first note she ever wrote you, the one from the fence that said _"I'm still here,"_ in the front of the notebook. Every month, when the new letter comes, you check the handwriting against it, and every month it matches.|She never wrote back to anything you left on the fence, all those nights. Now she writes every month. You keep the letters in the blue notebook, between the pages of the register, where they fit.}

She kept her word. She went a long way from you, before it stopped passing, so that it never had
to. It is the loneliest kind of loyalty you know of. On the fence at the memorial, next to her
photograph, you hang a new line for the register, in your own careful hand: _"Nam-ra. Absent, with
permission."_
-> END "A Long Way Off"
