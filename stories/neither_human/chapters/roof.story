// Chapter One: the roof of Hyosan High. Nam-ra lights a fire; her friends climb up to it.
// Sets the first values of hunger, trust and humanity, and whether she tells them
// where the others hide (told_friends). Ends with the jump and the first reckoning.

=== fire "The Fire on the Roof" === #chapter: One: The Roof #mood: still
The fire is small: broken desk legs and the pages of a maths textbook nobody will need again. Smoke
leans east over the ruined gymnasium and the dark city, where perhaps one window in twenty has a
light.

Down at the memorial, the girl has stayed longer than usual. You do not need to see her face. You
know the way she stands, head tilted, as if listening for an answer from the fence. You know the
rhythm of her heart. You learned it in Yangdong, from much too close.

Beside you on the parapet sits a jar of pig's blood from the cold store under the butcher's market.
It is never enough. But it is not a person, and that is the whole of your religion now.

The hunger is a low hum at the back of your skull, like a refrigerator in an empty flat. Tonight,
with her so close, it is a little louder.
+ (jar) [Drink from the jar of pig's blood]
    You drink, three long swallows, cold and thick. It is like eating paper when you are starving:
    it fills the space without feeding anything. Still, the hum drops half a tone, and when you look
    down again you can see her as a person and not as a sound.
    ~ hunger -= 2
    -> footsteps
+ [Go to the edge and watch the girl at the memorial]
    You lean out over the broken parapet and four storeys of air. She has brought a paper crane
    tonight, folded from a page of exam questions. She hangs it on the fence, steps back, and bows,
    the way you bow at a grave.
    She has done this every night for a month, and you have watched every night. Tonight you watch
    too long, and the hunger notices, and leans forward with you.
    ~ hunger += 2
    ~ humanity += 1
    -> footsteps
+ [Feed the fire until it leaps]
    You break a whole chair over your knee and push it into the coals. The flames climb, gold and
    loud. Anyone in the city could see it. The helicopters could see it. You do it anyway, because
    some part of you wants very badly to be found by someone who is not a soldier.
    ~ suspicion += 1
    ~ trust += 1
    -> footsteps

=== footsteps "Six Hearts on the Stairs" ===
You hear them before anything else: rubber soles on broken concrete, four floors down. Then the
hearts.

Six. You count without meaning to. Quick and light, in front, because of course she is: On-jo. Slow
and steady, close behind her: Su-hyeok. Hard and angry: Ha-ri. Two out of step, arguing in whispers:
Dae-su and Mi-jin. Careful and quiet, half a beat behind: Hyo-ryung.

They survived. You knew that. Knowing it with your ears is different.

They are climbing a staircase with no rail, in the dark, toward a thing they have every reason to
fear, and not one of their hearts is turning back.
+ [Stay by the fire and let them come]
    You stay in the light, where they will see you from the top of the stairs, with your hands on
    your knees where they can see those too. It is the most honest thing you can think of.
    -> reunion
+ {hunger < SAFE else "Six hearts, all of them loud. You would not trust yourself on a narrow stair."} [Go down to meet them on the stairs]
    You wait for them on the landing where the window used to be. When On-jo rounds the corner she
    stops dead, and then she laughs, a short startled sound, and says your name as if it were the
    answer to a question she had been asking for four months.
    You lead them up the last flight yourself. Nobody walks in front of you. Nobody needs to.
    ~ trust += 1
    -> reunion
+ [Hide behind the water tank and watch] -> watch_them

=== watch_them "From Behind the Water Tank" ===
~ hunger += 1
You fold yourself into the gap between the water tank and the wall, where old rust covers the smell
of you. It is cowardice. You do it anyway.

They come out onto the roof one at a time. On-jo first, eyes going straight to the fire and the
empty space beside it. Su-hyeok, one hand out as if to catch her. Ha-ri with a length of steel pipe,
held the way she used to hold her bow. Dae-su and Mi-jin, shoulder to shoulder. Hyo-ryung last,
looking back down the stairs.

"She was here," On-jo says. "The fire's still hot."

"Or someone was," Mi-jin says.

On-jo walks into the middle of the roof and turns slowly in a circle. "Nam-ra," she calls, not
loudly. "It's only us. You don't have to hide from us."

Her heart is so loud. It would be easy, and she would let you, and that is the worst thing you know
about her.

You step out from behind the tank.
-> reunion

=== reunion "Around the Fire" ===
{> For a moment nobody moves. Then On-jo takes one step toward you and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, the way you used to quiet the class. Dae-su says, "Whoa," very softly, the most Dae-su thing you have heard in four months, and something in your chest cracks a little. Ha-ri has put down the length of pipe she brought, but not far. On-jo has not stopped smiling, a helpless, wet smile, and every time you meet her eyes it gets worse.|You come back to the fire. They sit in a ragged half-circle, close enough for warmth and far enough from you for safety. You do not blame them.|The fire has burned lower. Mi-jin feeds it another chair leg. Nobody has left.|They are still here. You keep checking, as if they might not be.}

{hunger >= SAFE: The smell of them is everywhere: salt, camp soap, the warm iron underneath. You keep your mouth closed.|The hunger is there, but it is sitting down. You can look at them.}
* {hunger < SAFE else "On-jo's pulse is in your teeth. Not yet. Maybe not tonight."} [Let On-jo come close] -> close
* [Ask Ha-ri where Woo-jin is] -> hari_grief
* [Answer Su-hyeok's question before he asks it] -> suhyeok_question
+ [Tell them why you lit the fire] -> the_others_talk

=== close "Close Enough to Hear" ===
~ hunger += 1
You lower your hand. On-jo crosses the roof and sits down beside you, her shoulder almost touching
yours, as if this were a bench by the station and not a bombed roof with a monster on it.

"You're thinner," she says.

"I'm dead," you say. "Mostly."

"You're thinner," she says again, stubbornly, and then she starts to talk: the camp, the queue for
the washhouse, the soldier who sings trot songs on night watch. Her heart is a hand's width from
your mouth, beating quick and glad.

You can do this for as long as it takes to hear her finish a sentence.
+ [Hold her hand]
    You take her hand. Your fingers are colder than hers and she does not flinch. She holds on hard,
    the way you would hold someone on a cliff edge, and neither of you says anything for a while.
    ~ trust += 1
    -> reunion
+ [Let her talk, and only listen]
    You do not touch her. You listen, and memorise her sentences the way you used to memorise
    formulas, because this is what you have been starving for, underneath the other thing. Not her
    blood. Her voice, saying ordinary words, to you.
    ~ humanity += 1
    -> reunion

=== hari_grief "Yangdong" ===
~ humanity += 1
You count them again. Six. Every time, there is a space in the count where a seventh should be.

"Ha-ri," you say. "Where's Woo-jin?"

Ha-ri's face does not change. That is how you know. "Yangdong," she says evenly. "Near the end. We
were nearly out." She turns a piece of broken tile in her fingers. "He was making a joke. Right
before. It wasn't even a good joke."

Dae-su has his hand over his eyes.

"If I'd been faster," Ha-ri says. "If I'd had my bow instead of a stick. I keep doing the maths."
She almost laughs. "You'd be good at the maths, Nam-ra."

You are. You have done the maths on every death you saw. It never comes out.
+ [Tell her he was brave]
    "He was brave," you say. "He was always braver than he looked. He came back for people."
    Ha-ri nods, once, sharply, and throws the tile into the fire. "He was an idiot," she says.
    "He was brave," you say again, and this time she lets it stand.
    -> reunion
+ [Say nothing, and sit with her]
    You get up, slowly, so she can see you coming, and sit on her side of the fire, not close, just
    near. After a while she leans her head back against the parapet and closes her eyes, and you
    keep watch, the way you would have for anyone in your class.
    When she opens her eyes she says, "Thanks," to the sky. You know it is for you.
    ~ trust += 1
    -> reunion

=== suhyeok_question "What Su-hyeok Asks" ===
Su-hyeok has not sat down. He stands between you and the others, loose and ready.

"Go on," you say.

"Are you dangerous?" he says. "To them. Tonight. I need to know, Nam-ra. I'm not asking to be
cruel."

"I know you're not." Once, on a different roof, he looked at you as if you were the only fixed point
in a falling world. He looks at you that way now, and also measures the distance between you and
On-jo, and both things are true at once. That is the kind of person he is.
+ [Tell him the truth: you don't know]
    "I don't know," you say. "Most nights, no. Some nights I go a long way from the camp and stay
    there until it passes. If it ever doesn't pass, I won't be near you. That's the best I can give
    you."
    He looks at you for a long time. Then he sits down beside On-jo, not between you any more.
    "Okay," he says. "That I can work with."
    ~ trust += 1
    -> reunion
+ [Promise him you never would]
    "Never," you say. "I would never hurt any of you."
    He sits down. But his heart does a small hard thing, the beat of someone who has been lied to
    kindly before, and he sits where he can reach On-jo in one step. You are not sure it was true
    either.
    -> reunion

=== the_others_talk "A Few Others" ===
"Why the fire?" On-jo asks. "Four months. Why tonight?"

"Because I'm not the only one," you say. "There are a few others like me."

The roof goes very still.

You tell them what you can. That the virus did not take everyone the same way. That there are others
in the city who woke up wrong but woke up themselves: a pharmacist who keeps records, a delivery
rider who is angry all the time, a girl of fourteen who cries when the hunger comes. That some of
them hold back less every week.

"Where?" Hyo-ryung asks quietly. It is the first thing she has said.

Under the city, where the soldiers have not thought to look. You know what it would mean to say it
to people who live in an army camp and are questioned every week.
+ [Tell them where the others hide]
    You tell them: the old arcade below Hyosan Station, flooded at the south end, dry at the north,
    entered through a ventilation grate behind the bus depot. You tell them because they climbed
    four storeys in the dark to find you, and because you are so tired of carrying everything alone.
    Hyo-ryung nods slowly, filing it away. You have handed them something heavy. You hope they can
    carry it.
    ~ told_friends = true
    ~ trust += 1
    -> theyre_back
+ [Keep the others' secret]
    "It isn't mine to tell," you say. "If they ask you in the camp, I want you to be able to say you
    don't know, and mean it."
    On-jo looks hurt for a second, then not. "You're protecting us," she says. "Or them."
    "Both," you say. "If that's possible."
    -> theyre_back

=== theyre_back "They're Back" ===
~ hunger += 1
Then you hear it.

Far to the south, under the hum of the city: a thin mechanical whine, like a mosquito in another
room. Then a second. Then rotor blades, and trucks changing gear on the hill road. None of them can
hear it yet.

"They're back," you say. You are on your feet without deciding to be.

"Who?" Dae-su says. "Who's back?"

But you are already measuring the drop to the rubble of the east wing. The drones have heat cameras.
If they find you here, the six people around this fire will spend the rest of the year answering
questions about you.
+ (jump) [Jump]
    There is no time for goodbye. You run three steps and go over the parapet into the dark, and the
    last thing you hear from the roof is On-jo shouting your name.
    -> leap
+ {trust >= 4 else "You have not given them enough to hold a promise."} [Promise On-jo you will come back]
    "I'll come back," you tell On-jo. "Not to the roof. Somewhere. I'll find you. Go down the stairs
    now, all of you, and don't run, and don't look for me."
    "Nam-ra..."
    "I promise," you say, and you go over the parapet into the dark, and the promise goes with you
    like a stone in your pocket, heavy and yours.
    ~ trust += 1
    -> leap

=== leap "Four Storeys" ===
The fall takes less than two seconds. You have time to think, quite clearly, _this would kill a
person_, and then the rubble of the east wing hits you like a car.

Your left ankle goes with a sound like a snapped pencil. You lie in the broken bricks looking up at
the smoke of your own fire and feel the bone grind back into place. It hurts exactly as much as it
would hurt anyone. It just does not last.

Above you a drone slides over the roof, a small black cross against the orange glow. You run, low
and fast, into the dark between the buildings. Behind you, a searchlight comes on. You do not look
back. The last time you left them, in Yangdong, you did not look back either.
-> memory_onjo ->
-> reckoning ->
-> night_run
