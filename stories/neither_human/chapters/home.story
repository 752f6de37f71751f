// Chapter Seven: home, whatever that is. The gap in the fence and the storeroom, where hunger
// decides whether Nam-ra can stay among her friends; or the mountain road, where she takes
// whoever will follow to a village without lights.

=== friends_door "The Gap in the Fence" === #chapter: Seven: Home #mood: tender
{visits(standoff) > 0: Behind you the hill is emptying. Half of them have gone back into the dark with Tae-gyu; the other half wait at the top of the slope to see what you will do. The camp has not woken. It does not know how close it came.}
{visits(march) > 0 and visits(standoff) == 0: Behind you, at the motor pool, you hear the bolt cutters bite into the first link. You have minutes, perhaps less.}
{visits(march) == 0: The camp is asleep. The loudspeaker lullaby finished an hour ago. Nobody is coming down the hill behind you tonight; you made sure of that.}

You find the gap behind the laundry the way you find everything now, by listening: the place where
the guard tower's attention does not reach, where the camera points at the wrong corner. Somebody
has tied a strip of white cloth to the bottom of the post, just above the ground, where nobody would
see it unless they were looking.

Su-hyeok. You know it without being told. In case.

{visits(march) > 0 and visits(standoff) == 0: You crouch at the wire, and for one terrible second you cannot make yourself go through it, and in that second the past comes up to meet you.|You crouch in the dark on the outside of the wire and look at the tents, pale rows of them, and you do not go in. Not yet. You have stood outside this fence on other nights, a long way off, and never come closer. The thing in you that keeps count wants to know why tonight should be different.}
-> memory_roof ->
When you look up again, someone is standing on the other side of the wire.

On-jo. In a camp sweatshirt with the sleeves pulled over her hands, barefoot in the mud, as if she
had felt you arrive and come straight out of her cot. Behind her, one by one, the others: Su-hyeok,
Ha-ri with her homemade bow, Dae-su and Mi-jin holding on to each other, Hyo-ryung last, looking
back over her shoulder.

{visits(march) > 0 and visits(standoff) == 0: "They're coming," you tell her. "Forty of them, at the motor pool. Wake everyone." Hyo-ryung is already running for the signals tent. A moment later the siren goes, and the floodlights come on all along the fence, and out in the dark at the motor pool forty shapes stop, and turn, and melt back up the hill. The camp is awake. Nobody dies tonight.}

Nobody says anything for a moment. Then Su-hyeok kneels and lifts the wire.

"Come in," On-jo says. "Nam-ra. Come in. We've got somewhere. We've had it ready for a week."
+ {hunger < SAFE else "You can hear six hearts through the wire. You cannot go in like this. Not into a tent, not into a room."} [Let them hide you] -> storeroom
+ {trust >= 3 else "No one thought to bring you anything. Why would they? You have not let them."} [Drink what Dae-su brought, then go in]
    Dae-su steps forward, and swallows, and holds something out through the gap: a blood bag,
    wrapped in a camp towel, the label stamped in red. "Expired," he says. "Yesterday. Only
    yesterday. It's fine. It's basically fine."
    You drink it there, crouched in the mud outside the wire, with six people standing over you not
    looking away. It is the strangest meal of your life. When you have finished, the hunger is
    sitting quietly in its corner, and Mi-jin hands you the towel to wipe your mouth, and you laugh,
    and then you are crying, and Su-hyeok is still holding up the wire.
    You go in.
    ~ hunger = 2
    -> storeroom
+ [Ask them to come with you to the mountains]
    "I can't come in," you say. "Not to a camp. Not with soldiers counting heads every morning.
    Sooner or later I'd be the wrong number." You look at them, one by one. "But there's somewhere
    else. North. Up past the reservoir, in the mountains, where nobody goes. I'm going there. I'm
    asking if any of you would come with me. For a while. Until we know what this is."
    They look at each other. It is Ha-ri who moves first. She slings her bow over her shoulder and
    steps through the gap in the wire, barefoot, and stands beside you on the outside.
    "Woo-jin would've gone," she says. "Obviously. Idiot."
    One by one, the others follow her out.
    -> mountain_road

=== storeroom "The Storeroom" ===
~ hunger += 3
They have made you a room in the back of the ration store, behind a wall of rice sacks stacked to
the ceiling, where the soldiers only come on Mondays. A camp bed. A blanket. A torch, which you
do not need, and a stack of comic books, which you do. On the bed, folded, a school uniform that
fits, with a new tie.

"Mi-jin found it," Dae-su says. "Don't ask where."

They sit with you, all six of them, on rice sacks and upturned crates in the warm close dark, and
the smell of them fills the little room like water filling a glass.
{if hunger >= 8}
-> hunger_wave ->
{end}
{hunger >= SAFE: You keep your hands in your lap and your mouth closed and breathe very slowly. They notice. They do not say anything. Su-hyeok shifts, casually, so that he is sitting between you and On-jo, and you are grateful to him.|The hunger stays in its corner. You can look at them. You can actually look at them, all of them, in the torchlight, and not be counting anything.}

Dae-su sings, very quietly, because someone has to. It is the ballad from two years ago, and he is
still singing it badly, and Mi-jin is still telling him to stop, and you realise that you would
die for the sound of it, if you had not already done most of that.
+ [Sleep]
    You lie down on the camp bed, and On-jo sits on the floor with her back against it, and the
    others stay until the torch battery starts to fail. You do not sleep, exactly. But you go still,
    with her breathing a hand's width away, and for a few hours it is almost the same thing.
    -> morning_count
+ [Tell them everything]
    You tell them everything. The arcade. Ms. Seo and her ledger. The raid. {visits(conscript_bite) > 0: The boy under the shop sign. You make yourself say that part out loud, all of it, and nobody leaves.|The boy under the shop sign, and the school tie.} Tae-gyu and the water tower. What the Major wants. What you are afraid of.
    It takes most of the night. When you have finished, nobody says anything for a long time.
    Then Hyo-ryung, who listens, says, "Okay. So we have a lot of work to do," and gets out a pen.
    ~ trust += 1
    -> morning_count

=== morning_count "The Morning Count" ===
The bugle goes at six, a little too fast. Then boots, and the sergeant's voice in the rows, calling
the count, and tent flaps going up one after another.

{suspicion >= 4: Then something else: dogs. A handler's voice. Boots that do not stop at the tents but go on toward the stores. Someone has read a report about you. Someone has guessed where a girl who keeps coming back to this camp might be hiding.|The count goes past the ration store without stopping. The soldiers have nothing to look for today. For now, you are a rumour, not a report.}

Your friends have gone out to stand by their cots and be counted. Only On-jo is still here, in the
doorway of the storeroom, half in and half out, because she said she would not leave you alone for
this and she meant it.

"Stay still," she whispers. "Just stay still. They'll go past. We've done this before. We've hidden
from worse than sergeants."

The boots are close now. Close enough that you can hear the sergeant's heart, and the dog's, and
On-jo's, right beside you, fast and frightened and not going anywhere.
+ {hunger < SAFE else "The hunger is too close to the surface. If a soldier opens that door, you do not know what you will do, and neither does On-jo."} [Stay still among them, and trust them]
    You stay still. You stand behind the rice sacks with your hand in On-jo's and you do not breathe,
    and the boots come right up to the storeroom door, and stop, and the dog whines, and the sergeant
    says, "Rats, probably. Bloody rice," and kicks the door, once, and goes on.
    On-jo lets out a breath that shakes the whole of her. She does not let go of your hand.
    -> rooftop_again
+ [Go out the back alone, and lead the soldiers away]
    "Stay here," you tell On-jo. "Tell them you never saw me. Tell them I'm a ghost."
    Before she can grab you, you are out through the back of the storeroom, across the open ground
    of the motor pool in full daylight, where every camera can see, and over the fence, and away up
    the hill. Behind you, the dogs go mad and the whole camp turns to look. Good. Let them look at you.
    You almost make it to the trees. They have been waiting for you in the trees.
    -> white_room

=== rooftop_again "The Roof, Again" === #ending
The camp closes in the autumn. It happens all at once, the way things do in Korea when someone in
Seoul makes a decision: one morning there is a notice on the board, and a week later there are buses.

They take your friends to a new town on the coast, an hour south, where the government has built
apartment blocks for the people of Hyosan who have nowhere left to go back to. A new school opens
there in September. It is called Hyosan High, because nobody could think of what else to call it.

You go with them. Not on the bus. In the boot of Su-hyeok's uncle's car, under a blanket, with Ha-ri
sitting on the back seat humming loudly whenever they passed a checkpoint, which was, as she said,
the least suspicious thing anyone could possibly do.

You live in the storeroom of the apartment block's basement, behind the bicycles. You live on
expired blood from the hospital where Dae-su gets a job as a porter, which is the closest he will
ever come to being a doctor, and closer than anyone expected. Hyo-ryung keeps a ledger of your hunger,
in a green notebook, in columns, because she heard about Ms. Seo and thought it was a good idea.
Most days the numbers are low. Some days they are not, and on those days you go up into the hills
behind the town and stay there until they are, and your friends leave the basement door unlocked
for when you come back, and you always come back.

{visits(conscript_bite) > 0: There are nights you dream of a boy under a shop sign. On-jo knows. On those nights she comes down to the basement and sits outside the door, not talking, just there, until morning.|There are nights you dream of the roof, and the fire, and the drop into the dark. On those nights On-jo comes down to the basement and sits outside the door, not talking, just there, until morning.}

On the first anniversary of the outbreak, all seven of you climb onto the roof of the new school in
the middle of the night, with a bag of firewood and a box of sparklers and a lot of instant noodles
that only six of you can eat. You light a fire. It is a very small fire, and a very stupid thing to
do, and nobody cares.

Dae-su sings. Mi-jin tells him to stop. Ha-ri raises a paper cup of cola to Woo-jin, and everyone
drinks, and she does not cry, or not much. Su-hyeok sits next to you, not between you and anyone,
just next to you, his shoulder against yours. Hyo-ryung writes in her notebook by the light of the
fire, and when you ask what, she shows you: all seven of your names, in a column, and a tick beside
each one. Present.

On-jo leans her head on your shoulder and falls asleep there, the way she never could have, on
the first roof, four months after.

Her heart is a hand's width from your mouth. You can hear it perfectly. Quick, glad, steady.

You listen to it all night, and want nothing from it at all, except that it keep going.

Neither human nor monster, you once said, as if that meant you belonged nowhere. You were wrong
about that, too. You belong here. On this roof. With these six. That was always the answer. You
were just too good at maths to see it.
-> END "Among Friends"

=== mountain_road "The Mountain Road" ===
The road north goes up past the reservoir, past the last gate and the last sentry box and the last
of the pines, and then it stops being a road and becomes a track, and then a riverbed, and then just
a direction.

You walk it in the dark, and you are not alone.

{visits(raid_drain) > 0: Ye-eun walks beside you, holding your sleeve, her broken chain wrapped round her wrist like a bracelet. She is not afraid of the dark tonight. She says it is because of you. You do not tell her it is the other way round.}

{visits(lab_exit) > 0: Ms. Seo rides on your back when the slope gets steep, light as a bundle of sticks, and talks the whole way about her granddaughter and the price of ginseng and what she will put in the first column of a new ledger.}

{visits(argue) > 0 or visits(standoff) > 0: Behind you come the ones from the water tower who chose your way instead of Tae-gyu's, walking in a loose line, quiet, some of them swaying, all of them following the sound of your feet.}

{visits(friends_door) > 0: And with you, against every rule and every sense, six people from the camp with warm hearts and cold feet, carrying a rice sack full of tins and a homemade bow, arguing in whispers about whose turn it is to carry the water.}

Nobody follows you up here. The drones do not fly this far. The hunger walks with you too, as it
always does, but even it seems quieter in the thin cold air, as if it, too, were tired of the city.

At dawn you come over a ridge and see it below you: a village in a fold of the mountain, eleven
houses with their roofs fallen in, terraced fields gone back to grass, a stream, a shrine, a tree
older than the war. Nobody has lived here for twenty years. There is not one light in it.
+ [Take the old logging road down]
    You take the long way down, by the old logging road, slowly, so that the ones who are tired can
    keep up and nobody is left behind on the mountain alone. It takes all morning. At the bottom you
    take the register, the way you would count a class back onto a coach after a school trip, and
    every name answers.
    ~ humanity += 1
    -> village
+ [Follow the stream straight down]
    You follow the stream straight down, fast, scrambling over the rocks, because you are afraid that
    if you stop walking you will start doubting, and you want to be in the village before the doubt
    catches up. The others come after you as best they can, in ones and twos, all through the morning.
    -> village

=== village "The Village Without Lights" === #ending
You call it nothing. That is the point of it. A village without a name, without lights, on no map.

You fix the roofs first, with timber from the fallen houses. Then the stream, dammed to make a pool
where the deer come down to drink, and where you wait for them, when you have to, in the early
mornings. You take only what you need. You are careful, and you teach the others to be careful, and
the ones who cannot be careful, you watch, all the time, the way Ms. Seo watched over all of you in
the arcade.

{visits(lab_exit) > 0: Ms. Seo starts a new ledger on the first day, in a child's exercise book she found in one of the houses. Every four hours, every one of you, a number from one to ten. It is the first thing in the village that works.}

{visits(raid_drain) > 0: Ye-eun gets her chain off in the first week, with a file and a great deal of patience. She keeps it anyway, on a nail by the door of the house she shares with you, so that she will remember that she does not need it any more.}

{visits(friends_door) > 0: Your friends stay through the summer. They plant vegetables in the old terraces, because they still need to eat vegetables, and Dae-su sings to them, which Mi-jin says is why nothing grows. In the autumn, one by one, they go back down the mountain to the world, to finish school, to be people. But they come back. Every holiday. Every anniversary. On-jo most of all.|On the first anniversary of the outbreak, you walk all night down the mountain to the memorial at Hyosan High, and leave something hanging on the fence: a paper crane, folded from a page of the village ledger. A week later, when you go back, there is a letter waiting in its place, in careful handwriting. After that, a letter every month. You never meet. You never need to.}

Others find you. It is slow at first, and then it is not. A man who has been living in a motorway
service station. A pair of sisters from Daegu. A boy from the south coast who walked for a month.
The word goes round among your kind, the way word does: north, past the reservoir, follow the stream,
there is a place. By the second winter there are forty of you, and then sixty, and you need a
council, and a rule book, and someone to keep the records, and they all look at you.

{humanity >= 6: You stand up in front of them in the old village hall, by the light of nothing, and you make rules that you would be proud to have kept in your old life: nobody is caged, nobody is hunted, nobody is left alone on the mountain with the hunger. Nobody is a specimen. Everybody is counted.|You stand up in front of them in the old village hall and make the rules that will keep them alive. They are hard rules. Some of them frighten you. You keep them anyway, and so do they, mostly, and the village survives another winter, and another.}

The army knows, probably. Someone up a satellite must have seen the smoke. But no trucks come. Maybe
the Major has decided that a village of his problems in the mountains is better than a city of them
in the valley. Maybe someone in Seoul has decided that the survival of your kind is not their concern,
as long as it happens quietly, and a long way off.

It happens quietly. It happens a long way off. Some nights you sit on the roof of the old village
hall, in the dark, and look down the valley toward the faint orange glow on the horizon that is the
world of people, and you feel the whole weight of what you gave up to come here, and what you found.

Neither human nor monster, you once said, alone on a roof. Up here, there is a word for what you
are. The others use it, when they talk about you. They call you _ours_.
-> END "The Village Without Lights"
