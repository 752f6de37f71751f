// Chapter One: the roof of Hyosan High. Nam-ra lights a fire; her friends climb up to it.
// Sets the first values of hunger, trust and humanity, and whether she tells them
// where the others hide (told_friends). Ends with the jump and the first reckoning.

=== fire "The Fire on the Roof" === #chapter: One: The Roof #mood: still
The fire is small, built from broken desk legs and the pages of a maths textbook nobody will need
again. It snaps and settles. Smoke leans east over the ruined gymnasium and the dark rows of the
city beyond, where perhaps one window in twenty has a light in it.

You sit with your knees drawn up, the way you used to sit on the floor of the student council room
when the meetings ran late. You do not really feel cold any more, but you remember it.

Down at the memorial, the girl is still there. At this distance she is a dark shape against the
white of the photographs, but you do not need to see her face. You know the way she stands, weight
on one foot, head tilted, as if listening for an answer from the fence. You know the rhythm of her
heart. You learned it in Yangdong, from much too close.

Beside you on the parapet sits a glass jar with a screw lid, half full of something dark. Pig's
blood, from the cold store under the butcher's market, two kilometres and one collapsed bridge away.
It is not enough. It is never enough. But it is not a person, and that is the whole of your
religion now.

The hunger is a low hum at the back of your skull, like a refrigerator in an empty flat. It is
always there. Tonight, with her so close, it is a little louder.
+ (jar) [Drink from the jar of pig's blood]
    You unscrew the lid and drink, three long swallows, cold and thick and faintly metallic. It is
    like eating paper when you are starving: it fills the space without feeding anything. Still, the
    hum drops half a tone, and when you look down at the memorial again you can see her as a person
    and not as a sound.
    ~ hunger -= 2
    -> footsteps
+ [Go to the edge and watch the girl at the memorial]
    You cross to the broken parapet and lean out over four storeys of air. From here you can see
    what she has brought tonight: a paper crane, folded from a page of exam questions. She hangs it
    on the fence beside a photograph you cannot make out. Then she stands back and bows, the way you
    bow at a grave.
    She has done this every night for a month. You have watched every night for a month. Tonight
    you let yourself watch too long, and the hunger notices, and leans forward with you.
    ~ hunger += 2
    ~ humanity += 1
    -> footsteps
+ [Feed the fire until it leaps]
    You break another desk leg over your knee and push it into the coals, then another, then a whole
    chair. The flames climb, gold and loud, throwing your shadow huge across the stairwell door.
    It is a stupid thing to do. Anyone in the city could see it. The helicopters could see it.
    You do it anyway, because some part of you that you have not managed to kill wants very badly
    to be found by someone who is not a soldier.
    ~ suspicion += 1
    ~ trust += 1
    -> footsteps

=== footsteps "Six Hearts on the Stairs" ===
You hear them before anything else: the scrape of rubber soles on broken concrete, four floors down.
Then the hearts.

Six of them. You count without meaning to, the way you count everything now. One is quick and
light; that is On-jo, and she is in front, because of course she is. One is slow and heavy and
steady as a metronome: Su-hyeok, keeping close behind her. One beats hard and angry, and you know it
for Ha-ri's. Two are nervous and out of step with each other, arguing in whispers; Dae-su and Mi-jin.
The last is careful and quiet, always half a beat behind, listening: Hyo-ryung.

They survived. You knew that. Knowing it with your ears is different.

They are coming up. They saw the fire, and they are coming up a staircase with no rail in the dark
toward a thing they have every reason to fear, and not one of their hearts is turning back.
+ [Stay by the fire and let them come]
    You stay exactly where you are, in the light, where they can see you from the top of the stairs.
    You put your hands on your knees where they can see those too. It is the most honest thing you
    can think of to do.
    -> reunion
+ {hunger < SAFE else "Six hearts, all of them loud. You would not trust yourself on a narrow stair."} [Go down to meet them on the stairs]
    You go to the stairwell and down one flight, to the landing where the window used to be, and you
    wait there with the city at your back. When On-jo rounds the corner and sees you she stops dead,
    and then she laughs, a short startled sound, and says your name as if it were the answer to a
    question she had been asking for four months.
    You lead them up the last flight yourself. Nobody walks in front of you. Nobody needs to.
    ~ trust += 1
    -> reunion
+ [Hide behind the water tank and watch] -> watch_them

=== watch_them "From Behind the Water Tank" ===
~ hunger += 1
You fold yourself into the black gap between the water tank and the wall, where the stink of old
rust covers the smell of you. It is cowardice, and you know it is cowardice. You do it anyway.

They come out onto the roof one at a time. On-jo first, breathing hard, eyes going straight to the
fire and the empty space beside it. Su-hyeok behind her, one hand out as if to catch her. Ha-ri with
a length of steel pipe, holding it the way she used to hold her bow. Dae-su and Mi-jin pressed
shoulder to shoulder. Hyo-ryung last, pausing in the doorway to look back down the stairs.

"She was here," On-jo says. "The fire's still hot. She was here."

"Or someone was," Mi-jin says.

On-jo does not answer. She walks to the middle of the roof, into the open, and turns slowly in a
circle, and you see her decide something. "Nam-ra," she calls, not loudly. "It's only us. You
don't have to hide from us."

Her heart is so loud. It would be easy. That is the problem: it would be so easy, and she would let
you, and that is the worst thing you know about her.

You step out from behind the tank.
-> reunion

=== reunion "Around the Fire" ===
{> For a moment nobody moves. Then On-jo takes one step toward you, and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, the way you used to quiet the class. The fire crackles between you. Dae-su says, "Whoa," very softly, which is the most Dae-su thing you have heard in four months, and something in your chest cracks a little. Su-hyeok is watching you with his jaw set. Ha-ri has put her length of pipe down, but not far. On-jo has not stopped smiling since she saw you, a helpless, wet smile, and every time you meet her eyes it gets worse.|You come back to the fire. They have made a ragged half-circle around it, close enough for warmth and far enough, from you, for safety; you notice that they have done it without discussing it, and you do not blame them.|The fire has burned lower. Mi-jin feeds it another chair leg. Nobody has left.|They are still here. You keep checking, as if they might not be.}

{hunger >= SAFE: The smell of them is everywhere: salt, soap from the camp's washhouse, the warm iron underneath. You keep your mouth closed and breathe through your nose.|The hunger is there, but it is sitting down. You can look at them.}
* {hunger < SAFE else "On-jo's pulse is in your teeth. Not yet. Maybe not tonight."} [Let On-jo come close] -> close
* [Ask Ha-ri where Woo-jin is] -> hari_grief
* [Answer Su-hyeok's question before he asks it] -> suhyeok_question
+ [Tell them why you lit the fire] -> the_others_talk

=== close "Close Enough to Hear" ===
~ hunger += 1
You lower your hand. On-jo crosses the roof and sits down beside you, close, her shoulder almost
touching yours, as if this were a bench in the park by the station and not the roof of a bombed
school with a monster on it.

"You're thinner," she says.

"I'm dead," you say. "Mostly."

"You're thinner," she says again, stubbornly, and then she starts to talk. About the camp, the
queue for the washhouse, the soldier who sings trot songs on night watch, the memorial and the
things she brings to it. Her voice is the same. Her heart is right there, a hand's width from your
mouth, beating quick and glad.

You can do this. You can do this for as long as it takes to hear her finish a sentence.
+ [Hold her hand]
    You reach over and take her hand. Your fingers are colder than hers and she does not flinch.
    She turns her hand over and holds on, hard, the way you would hold someone on a cliff edge,
    and neither of you says anything for a while.
    ~ trust += 1
    -> reunion
+ [Let her talk, and only listen]
    You do not touch her. You listen. You memorise the shape of her sentences the way you used to
    memorise formulas, because you understand, listening, that this is what you have been starving
    for, underneath the other thing. Not her blood. Her voice, saying ordinary words, to you.
    ~ humanity += 1
    -> reunion

=== hari_grief "Yangdong" ===
~ humanity += 1
You count them again. Six. You have counted six every time, and every time there is a space in
the count where a seventh should be.

"Ha-ri," you say. "Where's Woo-jin?"

Ha-ri's face does not change. That is how you know. She looks at the fire for a long moment and
then she says, very evenly, "Yangdong. Near the end. We were nearly out." She picks up a piece of
broken tile and turns it over in her fingers. "He was making a joke. Right before. It wasn't even
a good joke."

Nobody says anything. Dae-su has his hand over his eyes.

"I keep thinking," Ha-ri says, "that if I'd been faster. If I'd had my bow instead of a stick.
I keep doing the maths." She almost laughs. "You'd be good at the maths, Nam-ra."

You are. You have done the maths on every death you saw. It never comes out.
+ [Tell her he was brave]
    "He was brave," you say. "He was always braver than he looked. He came back for people."
    Ha-ri nods, once, sharply, and throws the tile into the fire. "He was an idiot," she says.
    "He was brave," you say again, and this time she lets it stand.
    -> reunion
+ [Say nothing, and sit with her]
    You do not say anything. You get up, slowly, so she can see you coming, and you sit down on the
    other side of the fire from her, not close, just near. After a while she leans her head back
    against the parapet and closes her eyes, and you stay there, keeping watch, the way you would
    have for anyone in your class.
    When she opens her eyes she says, "Thanks," to the sky. You know it is for you.
    ~ trust += 1
    -> reunion

=== suhyeok_question "What Su-hyeok Asks" ===
Su-hyeok has not sat down. He stands between you and the others, loose and ready, the way he used to
stand in the back row of the gym. You know what he wants to ask. You would want to ask it too.

"Go on," you say.

He does not pretend not to understand. "Are you dangerous?" he says. "To them. Tonight. I need to
know, Nam-ra. I'm not asking to be cruel."

"I know you're not." On a different roof, a long time ago, he looked at you as if you were the only
fixed point in a falling world. He is looking at you the same way now, and also measuring the
distance between you and On-jo, and both things are true at once. That is the kind of person he is.
+ [Tell him the truth: you don't know]
    "I don't know," you say. "Most nights, no. Some nights I go a long way from the camp and I stay
    there until it passes. If it ever doesn't pass, I won't be near you. That's the best I can give
    you. It's true."
    He looks at you for a long time. Then he nods and sits down by the fire, not between you and
    On-jo any more, just beside her. "Okay," he says. "That I can work with."
    ~ trust += 1
    -> reunion
+ [Promise him you never would]
    "Never," you say. "I would never hurt any of you."
    He nods slowly. He sits down. But his heart does a small hard thing when you say it, the beat of
    someone who has been lied to kindly before, and he sits where he can still reach On-jo in one
    step. You cannot blame him. You are not sure it was true either.
    -> reunion

=== the_others_talk "A Few Others" ===
"Why the fire?" On-jo asks. "Four months. You never let us see you. Why tonight?"

You look at the flames. You have been rehearsing this for a week and none of the rehearsals survive
contact with her face.

"Because I'm not the only one," you say. "There are a few others like me."

The roof goes very still.

You tell them what you can. That the virus did not take everyone the same way. That there are
others in the city who woke up wrong but woke up themselves: a pharmacist who keeps records, a
delivery rider who is angry all the time, a girl of fourteen who cries when the hunger comes.
That some of them hold back, like you. That some of them hold back less every week.

"Where?" Hyo-ryung asks quietly. It is the first thing she has said.

The question sits there in the firelight. You know where: under the city, in the dark, where the
soldiers have not thought to look. You know what it would mean to say it, here, to people who live
in an army camp and are questioned by the army every week.
+ [Tell them where the others hide]
    You tell them. The old underground arcade below Hyosan Station, flooded at the south end, dry at
    the north, entered through a ventilation grate behind the bus depot. You tell them because they
    asked, and because they climbed four storeys in the dark to find you, and because you are so
    tired of carrying everything alone.
    Hyo-ryung nods slowly, filing it away. On-jo reaches across the fire and touches your sleeve.
    You have handed them something heavy. You hope they can carry it.
    ~ told_friends = true
    ~ trust += 1
    -> theyre_back
+ [Keep the others' secret]
    "I can't tell you that," you say. "It isn't mine to tell. If they ask you, in the camp, I want
    you to be able to say you don't know, and mean it."
    Hyo-ryung considers that and nods, as if it were a reasonable answer to an exam question.
    On-jo looks hurt for a second, then not. "You're protecting us," she says. "Or them."
    "Both," you say. "I'm trying to protect both. I don't know if that's possible."
    -> theyre_back

=== theyre_back "They're Back" ===
~ hunger += 1
Then you hear it.

Far off, to the south, below the hum of the city and the crackle of the fire: a thin, high,
mechanical whine, like a mosquito in another room. Then a second one. Then, under both, the heavy
chop of rotor blades, and the grind of truck engines changing gear on the hill road.

None of them can hear it yet. You watch their faces and see nothing change, and you envy them that.

"They're back," you say. You are on your feet without deciding to be.

"Who?" Dae-su says. "Who's back?"

But you are already measuring the roof, the edge, the drop to the rubble of the east wing. The
drones have heat cameras. If you are here when they arrive, the six people around this fire will
spend the rest of the year answering questions about why they were sitting with you.
+ (jump) [Jump]
    You do not say goodbye. There is no time, and you are not sure you could. You run three steps and
    put one foot on the parapet and go over, into the dark, and the last thing you hear from the roof
    is On-jo shouting your name.
    -> leap
+ {trust >= 4 else "You have not given them enough to hold a promise."} [Promise On-jo you will come back]
    You turn to On-jo. Her eyes are huge. "I'll come back," you tell her. "Not to the roof. Somewhere.
    I'll find you. Go down the stairs now, all of you, and don't run, and don't look for me."
    "Nam-ra..."
    "I promise," you say, and then you run three steps and go over the parapet into the dark, and
    the promise goes with you like a stone in your pocket, heavy and yours.
    ~ trust += 1
    -> leap

=== leap "Four Storeys" ===
The fall takes less than two seconds. You have time to think, quite clearly, _this would kill a
person_, and then the rubble of the east wing comes up and hits you like a car.

Something in your left ankle goes with a sound like a snapped pencil. You lie on your back in the
broken bricks for one breath, two, looking up at the smoke from your own fire, and feel the bone
grind itself back into place. It hurts exactly as much as it would hurt anyone. It just does not
last.

Above you, the first drone slides over the roof of the school, a small black cross against the
orange glow. Its red light blinks. It hangs there, considering the fire.

You roll onto your knees and run, low and fast, into the dark between the buildings, away from the
school and the six hearts on the stairs. Behind you, a searchlight comes on.

You do not look back. You have learned that much, at least. The last time you left them, in
Yangdong, you did not look back either.
-> memory_onjo ->
-> reckoning ->
-> night_run
