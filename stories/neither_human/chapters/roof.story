// Chapter One: the roof of Hyosan High. Nam-ra lights a fire; her friends climb up to it.
// Sets arrival, what she tells them (told_friends, told_truth, told_eat, promised_onjo),
// and the first values of hunger, trust and humanity. Ends with the jump and the first reckoning.

=== fire "The Fire on the Roof" === #chapter: One: The Roof #mood: still
\**Chapter One: The Roof**

The fire is small: broken desk legs and the pages of a maths textbook nobody will need again. Smoke
leans east over the ruined gymnasium and the dark city, where perhaps one window in twenty has a
light.

{day == at_market: Your hands still smell of the cold store. You scrubbed them with grit at the standpipe, and they smell of it anyway.}
{day == at_memorial: The wind chime on the fence is still turning in your head, and the tick above your face in a photograph.}
{visits(day_station) > 0: You can still hear Tae-gyu asking whether it is possible, going back. You did not answer him. You are answering him now, with a fire.}

Down at the memorial, the girl has stayed longer than usual. You do not need to see her face. You
know how she stands, head tilted, listening for an answer from the fence. You know the rhythm of
her heart. You learned it in Yangdong, from much too close.

{jar: Beside you on the parapet sits the jar from the cold store. It is not a person, and that is the one rule you have.|{day == at_market: {visits(day_station) > 0: You ate at the station with the others, a share and not a meal. It will have to be enough.|You ate at noon, as much as you could hold. It will have to be enough.}|{day == at_memorial: There is no jar on the parapet tonight, and you have not eaten today: the fence took the hours the cold store would have. The hunger will have to wait its turn.|There is no jar on the parapet tonight. Whatever you ate today will have to be enough.}}}

The hunger is a low hum at the back of your skull, like a refrigerator in an empty flat. Tonight,
with her so close, it is a little louder.
* {jar} [Drink from the jar of pig's blood]
    You drink, three long swallows, cold and thick. It fills the space without feeding anything.
    Still, the hum drops half a tone, and when you look down again you can see her as a person and
    not as a sound.
    ~ hunger = max(hunger - 2, 0)
    -> footsteps
* [Go to the edge and watch the girl at the memorial: it will wake the hunger]
    You lean out over the broken parapet and four storeys of air. She has brought {day == at_memorial: another paper crane tonight, folded like the one you saw this morning|a paper crane tonight, folded} from a page of exam questions. She hangs it on the fence, steps back, and bows,
    as you bow at a grave.

    {took_photo: She stops at the place where the photograph was. She stands there a long time. Then she looks up the hill, straight at the roof, and you know you should step back from the edge.|She has done this every night for a month, and you have watched every night.} Tonight you watch too long, and the hunger notices, and leans forward with you.
    ~ hunger = min(hunger + 1, HUNGER_MAX)
    ~ humanity += 1
    -> footsteps
* [Put the fire out before they come: you are not ready to be found] -> fire_out
* [Feed the fire until it leaps: the helicopters will see it too]
    You break a whole chair over your knee and push it into the coals. The flames climb, gold and
    loud. Anyone in the city could see it. You do it anyway, because some part of you wants very
    badly to be found by someone who is not a soldier.
    ~ suspicion += 1
    ~ trust += 1
    -> footsteps

=== late_fire "Late" === #chapter: One: The Roof #mood: hurried
\**Chapter One: The Roof**

~ hunger = min(hunger + 1, HUNGER_MAX)
You come up through the storm drains at a run, and through the rubble of the east wing, and up four
flights of a staircase with no rail, with an armful of broken desk legs and the pages of a maths
textbook nobody will need again. Running makes you hungry. Everything makes you hungry.

You have the fire going on the third match. The smoke leans east over the ruined gymnasium, and
down at the memorial, for the first time in a month, there is nobody at the fence. She has gone
home. You were too long.

You feed it anyway, a chair leg at a time, because you said you would light it and you keep what
you say. An hour. More. The hum at the back of your skull rises as the city's few lights go out.

Then, four floors down, rubber soles on broken concrete. Hearts: six of them, climbing. She did not
need to be at the fence. She saw the smoke from the camp, and she brought the others, and they are
already on the last flight, and you are on your knees by the fire with soot on your face and ash on
your hands, caught in the middle of waiting for them.

There is no time to arrange yourself. There is only time to choose where they will find you.
* [Stay on your knees by the fire, just as you are]
    You stay as you are. It is not how you meant them to see you. It is, you think afterward, the
    most truthful way they could have.
    ~ arrival = late
    ~ trust += 1
    -> reunion
* [Get behind the water tank before they reach the top: the waiting will cost you] -> watch_them

=== footsteps "Six Hearts on the Stairs" ===
You hear them before anything else: rubber soles on broken concrete, four floors down. Then the
hearts.

Six. You count without meaning to. Quick and light, in front, because of course she is: On-jo. Slow
and steady, close behind her: Su-hyeok. Hard and angry: Ha-ri. Two out of step, arguing in whispers:
Dae-su and Mi-jin. Careful and quiet, half a beat behind: Hyo-ryung.

They survived. You knew that. Knowing it with your ears is different.

They are climbing a staircase with no rail, in the dark, toward a thing they have every reason to
fear, and not one of their hearts is turning back.
* [Stay by the fire and let them come]
    You stay in the light, where they will see you from the top of the stairs, with your hands on
    your knees where they can see those too. It is the most honest thing you can think of.
    ~ arrival = stayed
    -> reunion
* {hunger < SAFE else "Six hearts, all of them loud. You would not trust yourself on a narrow stair."} [Go down to meet them on the stairs]
    You wait for them on the landing where the window used to be. When On-jo rounds the corner she
    stops dead, and then she laughs, a short startled sound, and says your name like the answer to
    a question she has been asking for four months.

    You lead them up the last flight yourself. Nobody walks in front of you. Nobody needs to.
    ~ arrival = stairs
    ~ trust += 1
    -> reunion
* [Hide behind the water tank and watch: the waiting will cost you] -> watch_them

=== watch_them "From Behind the Water Tank" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
~ arrival = hid
You fold yourself into the gap between the water tank and the wall, where old rust covers the smell
of you. It is cowardice. You do it anyway.

They come out onto the roof one at a time. On-jo first, eyes going straight to the fire and the
empty space beside it. Su-hyeok, one hand out to catch her. Ha-ri with a length of steel pipe, held
the way she used to hold her bow. Dae-su and Mi-jin, shoulder to shoulder. Hyo-ryung last, looking
back down the stairs.

{suspicion >= 2: "She was here," On-jo says. "Look, the fire's just been fed."|"She was here," On-jo says. "It's still burning."}

"Or someone was," Mi-jin says.

On-jo walks into the middle of the roof and turns slowly in a circle. "Nam-ra," she calls, not
loudly. "It's only us. You don't have to hide from us."

Her heart is so loud. It would be easy, and she would let you, and that is the worst thing you know
about her.
* [Step out from behind the tank]
    You step out. Mi-jin says a word her mother would not like. On-jo does not say anything at all.
    -> reunion
* [Stay hidden, and let them think they were wrong: it will cost them more than you] -> hidden_roof
* [Say her name first, from the dark, so she is not startled]
    "On-jo," you say, from the dark behind the tank, so that she knows where you are before she sees
    you. "It's me. Stay there a second. Let me come to you."

    She stays. It is the first thing you have asked of her in four months, and she does it.
    ~ trust += 1
    -> reunion

=== reunion "Around the Fire" ===
{if visits(reunion) == 1}
{arrival == stairs: You come out onto the roof together. For a moment nobody knows where to stand. Then On-jo takes one step toward you and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, as you used to quiet the class.}
{arrival == stayed: For a moment nobody moves. Then On-jo takes one step toward you and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, as you used to quiet the class.}
{arrival == late: They come out onto the roof one after another and stop, because you are still kneeling by the fire, blowing on it, with soot on your face. On-jo takes one step toward you and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, as you used to quiet the class.}
{arrival == hid: Six faces turn toward you in the firelight. On-jo takes one step toward you and stops, because Su-hyeok has caught her sleeve, and because you have lifted one hand, palm out, as you used to quiet the class.}

Dae-su says, "Whoa," very softly, the most Dae-su thing you have heard in four months, and
something in your chest cracks a little. Ha-ri has put down the length of pipe she brought, but
not far. On-jo has not stopped smiling, a helpless, wet smile, and every time you meet her eyes it
gets worse.
{else}
{> The fire settles. The others sit in a ragged half-circle, close enough for warmth and far enough from you for safety. You do not blame them.|The fire has burned lower. Mi-jin feeds it another chair leg. Nobody has left.|They are still here. You keep checking.|Dae-su says something too quiet for the others to hear, and Mi-jin laughs, and then looks at you, and then laughs anyway.|Beyond the parapet the city has put out most of its few lights. Nobody on the roof has noticed the time, or nobody says.|It is very late now. Hyo-ryung hides a yawn in her sleeve, and nobody moves to go.}
{end}

{hunger >= SAFE: The smell of them is everywhere: salt, camp soap, the warm iron underneath. You keep your mouth closed.|{visits(reunion) == 1: The hunger is there, but it is sitting down. You can look at them.|{& The hunger stays where it is, sitting down.|You can still look at them. You do.|The hunger has not moved.}}}
* {hunger < SAFE else "On-jo's pulse is in your teeth. Not yet. Maybe not tonight."} [Let On-jo come close] -> close
* [Tell Ha-ri you are sorry about Woo-jin] -> hari_grief
* [Let Su-hyeok ask what he came up here to ask] -> suhyeok_question
* [Ask Dae-su and Mi-jin how they are living, down there] -> camp_news
* (hyoryung) [Ask Hyo-ryung what she has been listening to]
    Hyo-ryung has been sitting a little apart, at the edge of the firelight, with her knees drawn up.
    When you ask, she does not answer at once. She never does.

    "The soldiers," she says at last. "In the camp. They talk in front of us as if we were furniture.
    There's a building they send trucks to, at night. North. They call it Nine." She looks at you
    properly for the first time. "They talk about people like you. Not as people. I wanted you to
    know that somebody was listening."
    * * [Ask her to go on listening, and to be careful]
        "Keep listening," you say. "Be careful. If they notice, stop."

        "They won't notice," Hyo-ryung says. "Nobody ever does." She says it without any self-pity
        at all, as a fact.
        ~ trust += 1
    * * [Ask her to tell you everything she has heard, now, while there is time]
        She tells you. Trucks north at night. A code name, _Second Class_. A taxi driver taken out of
        the camp to a hospital that was in the wrong direction. She tells it in order, with dates, in
        a low voice, while the others talk on the far side of the fire.
        ~ knows_lab = true
    - - Then she goes back to watching the fire, as if she had said nothing, and you go on
    looking at her a moment longer than she would like.
    {if knows_lab}
    You have only just looked away when something far off makes you lift your head.
    -> theyre_back
    {end}
    It is a long time since anyone listened on your behalf.
    -> reunion
* [Tell them why you lit the fire] -> the_others_talk
* -> theyre_back

=== close "Close Enough to Hear" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
{visits(hari_grief) + visits(suhyeok_question) + visits(camp_news) + visits(the_others_talk) + visits(reunion.hyoryung) > 0: You look across the fire at On-jo and nod, once.|You lower your hand.} On-jo crosses the roof and sits down beside you, her shoulder almost touching
yours, as if this were a bench by the station and not a bombed roof with a monster on it.

"You're thinner," she says.

"I'm dead," you say. "Mostly."

"You're thinner," she says again, stubbornly, and then she starts to talk: the camp, the queue for
the washhouse, the soldier who sings trot songs on night watch. Her heart is a hand's width from
your mouth, beating quick and glad.

You can do this for as long as it takes to hear her finish a sentence.
* [Hold her hand]
    You take her hand. Your fingers are colder than hers and she does not flinch. She holds on hard,
    like someone holding a friend on a cliff edge, and neither of you says anything for a while. When
    she lets go, she stays where she is, at your side.
    ~ trust += 1
    -> reunion
* [Let her talk, and only listen]
    You do not touch her. You listen, and learn her sentences by heart as you used to learn
    formulas, because this is what you have been starving for, underneath the other thing. Not her
    blood. Her voice, saying ordinary words, to you. When she runs out of them she stays where she
    is, at your side.
    ~ humanity += 1
    -> reunion
* [Ask her to stay just like this, and say nothing else tonight]
    "Stay like this," you say. "Just for a bit. Don't tell me anything else. Don't ask me anything."

    She stays. The others talk quietly on the far side of the fire, and you do not listen to them,
    and you do not tell any of them what you lit the fire to say. There will be another night. You
    are almost sure there will be another night.
    ~ trust += 1
    -> theyre_back

=== hari_grief "Yangdong" ===
~ humanity += 1
You count them again. Six. Every time, there is a space in the count where a seventh should be.

You were in Yangdong. You saw the street, and the end of it. You left the next morning without
saying anything to Ha-ri, because there was nothing in you then that was safe to say it with.

"Ha-ri," you say. "About Woo-jin. I'm sorry. I never said it."

Ha-ri's face does not change. That is how you know how much it costs her. "You were there," she
says evenly. "You don't have to tell me anything." She turns a piece of broken tile in her fingers.
"He was making a joke. Right before. It wasn't even a good joke."

Dae-su has his hand over his eyes.

"If I'd been faster," Ha-ri says. "If I'd had my bow instead of a stick. I keep doing the maths."
She almost laughs. "You'd be good at the maths, Nam-ra."

You are. You have done the maths on every death you saw. It never comes out.
* [Tell her he was brave]
    "He was brave," you say. "Braver than he looked. He came back for people."

    Ha-ri nods, once, sharply, and throws the tile into the fire. "He was an idiot," she says.

    "He was brave," you say again, and this time she lets it stand.
    -> reunion
* [Say nothing, and sit with her]
    You get up, slowly, so she can see you coming, and sit on her side of the fire, not close, just
    near. After a while she leans her head back against the parapet and closes her eyes, and you
    keep watch, as you would have for anyone in your class.

    When she opens her eyes she says, "Thanks," to the sky. You know it is for you.
    ~ trust += 1
    -> reunion
* [Tell her what you saw in Yangdong, all of it, the way he fell: she has a right to it]
    You tell her. The street, the light, the last thing he shouted, which was her name. You tell it
    plainly, as you would read out a register, because she asked you for the maths and this is the
    only maths there is.

    Ha-ri listens to all of it with her eyes open. When you have finished she gets up and walks to
    the far end of the roof and stands there with her back to everyone, and nobody follows her, and
    nobody says anything else for a long time. It is still the kindest thing you have done tonight.
    You are almost sure of that.
    ~ humanity += 1
    -> theyre_back

=== suhyeok_question "What Su-hyeok Asks" ===
Su-hyeok has not sat down. He stands between you and the others, loose and ready, and he is
waiting to be allowed to speak, because that is the kind of person he is.

"Go on," you say. "Ask."

"Are you dangerous?" he says. "To them. Tonight. I need to know, Nam-ra. I'm not asking to be
cruel."

"I know you're not." Once, on a different roof, he looked at you as if you were the only fixed point
in a falling world. He looks at you that way now, and also measures the distance between you and
On-jo, and both things are true at once.
* [Tell him the truth: you don't know]
    "I don't know," you say. "Most nights, no. Some nights I go a long way from the camp and stay
    there until it passes. If it ever doesn't pass, I won't be near you. That's the best I can give
    you."

    He looks at you for a long time. Then he sits down beside On-jo, not between you any more.

    "Okay," he says. "That I can work with."
    ~ told_truth = true
    ~ trust += 1
    -> reunion
* [Promise him you never would: it will sound better than the truth]
    "Never," you say. "I would never hurt any of you."

    He sits down. But his heart does a small hard thing, the beat of someone who has been lied to
    kindly before, and he sits where he can reach On-jo in one step. You are not sure it was true
    either.
    -> reunion
* [Ask him to take them home now, before you find out]
    "Take them home, Su-hyeok," you say. "Now. While it's a good night. Before we find out what kind
    of night it is. And if it ever turns into the wrong kind, I'll go a long way from all of you. That
    much I can promise."

    He looks at you for a long moment, and then at On-jo, and you can see him deciding to trust the
    question more than any answer. He turns to the others. "Okay," he says. "Everyone. We're going." On-jo
    opens her mouth to argue, and he touches her shoulder, and she closes it again.
    ~ told_truth = true
    -> theyre_back

=== camp_news "Tent Eleven" ===
Dae-su does most of the talking, because Dae-su always does. The tents, the rations, the nurse in
the medical tent who thinks he is going to be a doctor. "Which I am," he says. "Eventually.
Possibly." The loudspeaker that plays a lullaby at lights-out. The sergeant with the clipboard.

Mi-jin lets him run down. Then she leans forward, elbows on her knees, and asks the thing nobody
else has asked.

"What do you eat?" she says. "Actually. Not a speech. What."

Dae-su says, "Mi-jin," in a strangled voice. But everyone is listening.
* [Tell her the truth: pig's blood, when you can find it, and it is never enough]
    "Pig's blood," you say. "From the market cold store, while it lasts. It isn't enough. It keeps
    me from being worse. That's all it does."

    Mi-jin nods slowly, as if you had told her a bus timetable. "Okay," she says. "Then that's a
    problem we can work on." Beside her, Dae-su has gone very thoughtful, which on Dae-su looks like
    indigestion.
    ~ told_eat = true
    ~ trust += 1
    -> reunion
* [Tell her it is nothing she needs to worry about]
    "Nothing you need to worry about," you say.

    Mi-jin looks at you with her head on one side, the look she used to give a teacher who said the
    answer was in the book. "Okay," she says, not meaning it. She does not ask again. You wish, a
    little, that she had.
    -> reunion
* [Show her: drink in front of all of them, or show them the marks]
    {jar: You pick up the jar from the parapet and unscrew the lid and drink, three long swallows, in front of all six of them, without turning away. It is the most naked thing you have ever done.|There is no jar tonight. You have nothing to show her but your own arm, so you roll up your sleeve and show them the marks where you bite yourself when it gets bad. They are already fading. It is the most naked thing you have ever done.}

    Nobody says anything. Then Mi-jin says, "Okay," very quietly.

    Dae-su says, "Okay," after her, and that is all, and it is enough. You are still {jar: holding the empty jar|pulling your sleeve down} when you lift your head.
    ~ told_eat = true
    ~ trust += 1
    {if jar}
    ~ hunger = max(hunger - 2, 0)
    ~ jar = false
    {end}
    -> theyre_back

=== the_others_talk "A Few Others" ===
"Why the fire?" On-jo asks. "Four months. Why tonight?"

"Because I'm not the only one," you say. "There are a few others like me."

The roof goes very still.

You tell them what you can. That the virus did not take everyone the same way. That there are others
in the city who woke up wrong but woke up themselves: a pharmacist who keeps records, a delivery
rider who is angry all the time, a girl of fourteen who cries when the hunger comes. That some of
them hold back less every week.

"Where?" Hyo-ryung asks quietly.{visits(reunion.hyoryung) == 0: It is the first thing she has said.}

Under the city, where the soldiers have not thought to look. You know what it would mean to say it
to people who live in an army camp and are questioned every week.
* [Tell them where the others hide: it will be one more thing they have to keep]
    You tell them: the old arcade below Hyosan Station, flooded at the south end, dry at the north,
    entered through a ventilation grate behind the bus depot. You tell them because they climbed
    four storeys in the dark to find you, and because you are so tired of carrying everything alone.

    Hyo-ryung nods slowly, filing it away. You have handed them something heavy. You hope they can
    carry it.
    ~ told_friends = true
    ~ trust += 1
    -> theyre_back
* [Keep the others' secret, and let the talk go back round the fire]
    "It isn't mine to tell," you say. "If they ask you in the camp, I want you to be able to say you
    don't know, and mean it."

    On-jo looks hurt for a second, then not. "You're protecting us," she says. "Or them."

    "Both," you say. "If that's possible."

    Nobody asks again. Dae-su snaps a wooden ruler in half and feeds it to the fire, and the talk goes
    back round it, a little lower than before, and you are grateful to all of them for letting it.
    -> reunion

=== theyre_back "They're Back" ===
~ hunger = min(hunger + 1, HUNGER_MAX)
Then you hear it.

Far to the south, under the hum of the city: a thin mechanical whine, like a mosquito in another
room. Then a second. Then rotor blades, and trucks changing gear on the hill road. None of them can
hear it yet.

"They're back," you say. You are on your feet without deciding to be.

"Who?" Dae-su says. "Who's back?"

But you are already measuring the drop to the rubble of the east wing. The drones have heat cameras.
If they find you here, the six people around this fire will spend the rest of the year answering
questions about you.
* (jump) [Jump]
    There is no time for goodbye. You run three steps and go over the parapet into the dark, and the
    last thing you hear from the roof is On-jo shouting your name.
    -> leap
* {trust >= 4 else "You have not given them enough to hold a promise."} [Promise On-jo you will come back]
    "I'll come back," you tell On-jo. "Not to the roof. Somewhere. I'll find you. Go down the stairs
    now, all of you, and don't run, and don't look for me."

    "Nam-ra..."

    "I promise," you say, and you go over the parapet into the dark, and the promise goes with you
    like a stone in your pocket, heavy and yours.
    ~ promised_onjo = true
    ~ trust += 1
    -> leap
* [Tell them to walk down slowly, as students who saw a fire, and take the other stair yourself]
    "Listen," you say, and they do, because you still have the voice for it. "You saw a fire. You
    came up to look. There was nobody here. Walk down slowly. Don't run. Students who saw a fire."

    Hyo-ryung repeats it under her breath, learning it. Then they go, and you do not jump. You go down
    the other stair, the one at the far end of the corridor, ahead of them in the dark.
    ~ suspicion -= 1
    -> stairwell

=== stairwell "The Other Stair" ===
The far stair comes down behind the gymnasium, where the bombs took the wall off and left the
climbing ropes hanging in the open air. You wait there in the dark among the ropes, because you want
to see.

Your friends come out at the bottom of the main stair a minute later, walking, not running, six
students who saw a fire. The searchlight finds them. A loudhailer tells them to stop. Soldiers come
out of the dark with rifles, and then lower them, because they are only children in camp
sweatshirts with their hands up.

"We saw a fire," Hyo-ryung says, very clearly. "We came up to look. There was nobody there."

They are taken down the hill to the camp in the back of a truck. Nobody is hurt. Above you, the
drone is still circling the roof, tasting the warm place where you were. You go out through the
back of the gymnasium, low and fast, into the dark between the buildings, and you do not look back,
and this time it is not because you cannot bear to. It is because you have seen what you needed to
see.
-> memory_onjo ->
-> reckoning ->
-> night_run

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

=== fire_out "Ash" ===
You kick the fire apart and stamp the coals out and pour the rest of {jar: the jar|the rainwater from the bucket} over what is left, and the roof goes dark, and the smoke goes thin and grey and then stops.

Then you go down the far stair, behind the gymnasium, and wait among the hanging climbing ropes,
and listen to them climb.

They come out onto a dark roof and find a ring of wet ash, still warm. You hear On-jo kneel by it.
You hear her put her hand flat on the ash and take it away again. "She was here," she says. Nobody
argues with her. Nobody says anything at all, for so long that you almost go up.

"Nam-ra," she says, to the dark, not loudly. "I know. It's all right. I know."

Then the thin whine from the south, and the rotor blades, and the trucks on the hill road, and six
students walking down a staircase toward a searchlight, who saw a fire that was no longer there.
You go out through the back of the gymnasium, low and fast, and the thing you did not let yourself
have goes with you like a stone.
~ hunger = min(hunger + 1, HUNGER_MAX)
~ humanity -= 1
-> memory_onjo ->
-> reckoning ->
-> night_run

=== hidden_roof "Behind the Tank" ===
You stay where you are. You do not breathe; you do not need to.

They search the roof, not very hard, as you search a room for something you already know is not
there. Ha-ri kicks the water tank, once, and you feel it through your back. Dae-su says, "Maybe it
was a tramp," and Mi-jin tells him to shut up. Hyo-ryung does not look for anyone. She stands by
the fire with her hands in her sleeves, and once, only once, she looks straight at the tank.

On-jo is the last to give up. She takes a paper crane out of her pocket, folded from an exam page,
and puts it down on the parapet beside the fire, and weights it with a piece of brick.

Then the thin whine from the south. Then rotor blades. You hear their hearts change as they hear it
too, and turn, and go down the stairs fast, all six of them, toward whatever is waiting at the
bottom. When they have gone you come out and take the crane, and go over the parapet into the dark.
~ trust -= 1
-> leap
