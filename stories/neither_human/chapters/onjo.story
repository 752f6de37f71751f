// Chapter Five: On-jo again, on the second day, while Nam-ra is in the city. Three friends, each
// with a choice that changes the last chapters: Dae-su (prep_blood), Mi-jin (prep_room),
// Hyo-ryung (prep_phone, hyo_pages). At night On-jo may leave a note saying what they have done
// (heard_prep), which Nam-ra finds in Chapter Six.

=== onjo_second_day "The Second Morning" === #chapter: Five: On-jo, Again #viewpoint: On-jo
\**Chapter Five: On-jo, Again**

_While Nam-ra walks the city, go back once more to the camp, to the morning of the second day._

The bugle, too fast. The count. You stand by your cot with your hands at your sides and look at
nothing while the sergeant walks the row.

{suspicion >= 4: He stops in front of you. He looks at your boots, and at your face, and writes something on his clipboard, and walks on. Behind you, Su-hyeok lets out his breath very slowly.|He walks past you without slowing down. You are one more girl in a camp sweatshirt. You have never been so glad to be nobody.}

{gift_in_hand and visits(meeting_no) == 0: Your right hand still remembers how cold hers was. You keep closing it.}
{visits(meeting_no) > 0: _"Ask me again,"_ she said. You keep practising how.}
{visits(memorial_meeting) > 0 and not gift_in_hand: You keep seeing her bend to pick the {gift == blood: towel|notebook} up from the fence post, and look at you, and go.}
{gift == nothing: You keep seeing the fence as she will have found it last night, if she came: nothing new on it, nothing from you.}
{visits(memorial_meeting) == 0 and gift != nothing: This morning, before the count, you went to the fence. The {gift == blood: towel|notebook} was still there at the post. She has not come for it yet. You left it where it was, and told yourself that was hope.}

{if onjo_deal}
At nine, the corporal with the clipboard comes for you again. Room Four. The Major does not start
the camera this time.

"I wanted to thank you," he says. "The operation at the station went well. No one was killed. We
have {yeeun == with_you: six|seven} in care." He turns his ring. "Including a woman with a ledger, who asked after your
friend by name."

You say nothing. You have learned that from him, at least. When you come out into the sun your
hands are shaking so badly that Hyo-ryung takes one of them and holds it all the way back to the
tent without asking why.
{elif visits(signals_night) > 0}
At breakfast, Hyo-ryung sits down next to you with her tray and does not eat. "I heard the trucks go
north," she says. "After you went out. Two. Full." She pushes the rice round the tray. "I kept
hearing them laugh."
{else}
At breakfast, Hyo-ryung sits down next to you with her tray and says, without looking at you, "They
came back last night with two trucks. Full. From the city." She eats a spoonful of rice. "North."
{end}

The day is yours, more or less. Three of your friends have been waiting for you to ask them
something. You can feel it, the way you can feel weather coming.
-> onjo_errands

=== onjo_errands "The Second Day" ===
{> You stand in the lane between the tents and decide where to go first.|The afternoon is moving. The shadows of the tent ropes have swung round.|It is getting late. The loudspeaker plays the warning tune for the evening meal.}
* [Find Dae-su in the medical tent] -> onjo_daesu
* [Find Mi-jin at the ration store] -> onjo_mijin
* [Find Hyo-ryung by the signals tent] -> onjo_hyoryung
* {visits(onjo_errands) > 1 and visits(onjo_errands) < 4} [Let the day end here] -> onjo_evening
* -> onjo_evening

=== onjo_daesu "The Cool Box" ===
Dae-su is in the back of the medical tent, counting expired blood bags into a steel bin for
burning, and singing under his breath. When he sees you he stops singing, and stops counting, and
looks at the bin, and looks at you.

{bag_taken: "The nurse counted yesterday," he says. "One short. I said I dropped it, and it burst, and I cleaned it up, and she said that was the most disgusting thing she'd ever heard and that I should become a surgeon." He swallows. "She's counting again today."|"Eleven," he says. "Eleven bags of perfectly good blood. Expired yesterday. They'll burn them at four."}

{told_eat and visits(camp_news) > 0: "She told us on the roof what she lives on," he goes on. "When she can find it. It's running out, I bet you anything it's running out."|{told_eat: "You said she needs blood," he goes on. "I haven't stopped thinking about it. I dreamed about it. It was a very weird dream."|"She has to eat something," he goes on. "Doesn't she? Nobody says what. I haven't stopped thinking about it. I dreamed about it. It was a very weird dream."}}

He puts his hand flat on the lid of the bin. "I could take three," he says. "Nobody counts what's
going to be burned. Probably. And put them in the rice in the ration store, where it's cold. In
case she comes." He looks at you. "Tell me not to. I'll listen. I'd rather you told me to."
* [Help him take three: if anyone counts, it will be his name on the rota]
    "Three," you say. "And then you stop."

    You hold the bin lid while he takes them, and you walk out together with the bags under a pile
    of clean towels, not talking, past two soldiers and a nurse and a man with a mop. Nobody looks.
    At the ration store, Dae-su pushes them deep into a split sack of rice, and pats the sack, and
    you both start laughing, and cannot stop, and have to sit down.

    "I'm a criminal," Dae-su says, delighted and horrified. "For her. Don't tell my mum."
    ~ prep_blood = true
    ~ suspicion += 1
    -> onjo_errands
* [Stay with him until the burning is done, so he is not alone with it]
    You stay. You count the bags into the bin with him, all eleven, and at four o'clock you carry the
    bin out together to the incinerator behind the tent and watch the smoke go up, and Dae-su sings
    the ballad from two years ago all the way through, badly, for once without anyone telling him to
    stop. By the time it is finished, the afternoon has gone.
    ~ trust += 1
    -> onjo_evening
* [Tell him to let them burn]
    "Let them burn," you say. "If they catch you, they'll want to know who it was for."

    He takes his hand off the lid. "Yeah," he says. "Yeah, okay." Then he goes back to counting,
    and does not sing any more, and at four o'clock you watch the smoke go up from behind the
    medical tent and think of her drinking pig's blood, alone, in the dark.
    -> onjo_errands

=== onjo_mijin "The Ration Store" ===
Mi-jin is on the loading step of the ration store with a clipboard she is not supposed to have,
checking off sacks as two conscripts carry them in. When they have gone she waves you inside,
into the cool dark that smells of rice and cardboard.

"Mondays," she says. "Soldiers only come in here on Mondays. The rest of the week it's me and the
mice." She walks you to the back, where the sacks are stacked to the ceiling, and pulls one aside.
Behind it there is a space, a little room of rice, big enough for a camp bed and not much else.

"I found it on Tuesday," she says. "I keep thinking about it."

Then, in a different voice: "Would she hurt him? Dae-su. If she was in here, and he was in here.
Tell me the truth, On-jo. He'd let her. He's an idiot. He'd let her."
* [Tell her the truth: you don't know, but she left once so as not to]
    "I don't know," you say. "She nearly hurt me, in Yangdong. She stopped. Then she left, so it
    couldn't happen again. That's who she is. That's the best I can tell you."

    Mi-jin looks at the little room of rice for a long time. Then she says, "Okay," and starts
    moving sacks. "Help me. If we're doing this we're doing it properly. There's a camp bed in the
    medical tent nobody's using. And she needs a uniform. I can get a uniform."

    By evening it is a room: a bed, a blanket, a torch, a stack of Dae-su's comics, and on the
    bed, folded, a school uniform that will fit, with a new tie.
    ~ prep_room = true
    -> onjo_errands
* [Make the room with her, and take the whole afternoon to do it properly]
    You do it properly. A camp bed from the medical tent, carried across the camp under a tarpaulin.
    A blanket. A torch. Dae-su's comics, borrowed without asking. A uniform that will fit, which
    Mi-jin produces from somewhere and refuses to discuss. When it is done the two of you sit on the
    bed in the little room of rice and do not say anything, and the loudspeaker plays the warning
    tune for the evening meal, and the day is over.
    ~ prep_room = true
    ~ trust += 1
    -> onjo_evening
* [Tell her it's too much to risk for all of you]
    "It's too much," you say. "If they find her here they'll take all of us. You, Dae-su, everyone."

    Mi-jin puts the sack back in its place, carefully, squaring the corners. "You're right," she
    says. "I know you're right." She does not look at you while she says it. When you go, she is
    still standing there, with her hand on the rice.
    -> onjo_errands

=== onjo_hyoryung "The Signals Tent" ===
Hyo-ryung is on her bucket outside the signals tent, where she is every day, with her bag of peanuts.

{if hyo_listens}
"I wrote it all down," she says, and hands you the peanut bag. Inside is a sheaf of folded pages in
her tiny handwriting. "Nine has a refrigerated container going to Busan. Pier Seven. Then a ferry
to Fukuoka. The paperwork says _diagnostic reagents_. The radio operator laughs every time he says
it." She cracks a peanut. "And they know something is happening on the ridge. The water tower.
There's a sweep planned. Tomorrow night, or the night after."
~ hyo_pages = true
{elif visits(camp_hyoryung) > 0}
"I stopped," she says. "Like you asked. Mostly." She cracks a peanut. "I still hear things. I can't
turn my ears off. Something about Busan, and a ferry. I didn't write it down."
{else}
"I listen to them," she says, before you can ask why she is sitting there. "The soldiers. They
think students are furniture." She cracks a peanut. "Something about Busan, and a ferry, and a
building by the dam they call Nine. I never wrote any of it down. Nobody asked me to."
{end}

Through the flap of the tent you can see the corporal's desk, and on it, plugged into a charger, a
phone with a cracked screen. "He leaves it there every afternoon when he goes to eat," Hyo-ryung
says. "Twenty minutes. It's got signal, and a camera, and it can go live. Dae-su checked. Dae-su
knows these things."

She looks at you. She does not ask. She waits.
* [Take the phone while he eats: it will be missed, and someone will be asked]
    You go in while the corporal is at the canteen, and unplug it, and walk out with it in your
    sleeve, and nothing happens. Hyo-ryung wraps it in a sock and puts it at the bottom of the peanut
    bag.

    "He'll think he lost it," she says. "He loses things. I've been listening to him lose things
    for three weeks."
    ~ prep_phone = true
    ~ suspicion += 1
    -> onjo_errands
* [Sit with her until dark and listen too]
    You sit on the ground beside her bucket until the light goes, shelling peanuts, listening. The
    radio operator laughs twice. A truck goes north. A voice says _"Nine"_ and another says _"sweep"_, and
    Hyo-ryung writes both words on the inside of a peanut shell with a biro and shows you, and puts
    the shell in her pocket.
    {if hyo_listens}
    ~ hyo_pages = true
    {end}
    -> onjo_evening
* [Leave it; a missing phone would bring a search]
    "Leave it," you say. "A missing phone means a search. A search means the ration store."

    Hyo-ryung nods, and goes back to her peanuts. "There'll be another afternoon," she says. You
    hope she is right.
    -> onjo_errands

=== onjo_evening "Lights-Out" ===
The loudspeaker lullaby. The breathing of the tent going slow. Su-hyeok on his back with his eyes
open, waiting to see what you will do. Ha-ri's bow under her cot, where she has kept it since she finished it.

{prep_blood or prep_room or prep_phone: You have done things today that cannot be undone, all of you. You lie in the dark and count them, as she would.|You did nothing today that anyone could write down. You are not sure whether that was wise or only frightened.}

{suspicion >= 5: The sergeant has your name underlined. Twice, Hyo-ryung says, and she would know.}
* [Go to the memorial again and leave her a note: {prep_blood or prep_room or prep_phone or hyo_pages: say what you have all done|say what you meant to do, and where to come}]
    You go out {knows_gap: through the gap behind the laundry|through the culvert by the motor pool}, and up the hill road in the dark, and at your
    place on the fence you push a folded page through the wire. {prep_blood or prep_room or prep_phone or hyo_pages: Everything you did today. Who did it. Where to come. You signed it with your name before you left, and then, because it looked lonely, Dae-su added his, and Mi-jin hers, and it became a list.|That you meant to do something today, all of you, and did not. Where to come, all the same. You signed it with your name before you left, and then, because it looked lonely, the other five signed under you, one after another, in five different hands.}
    {if gift == nothing}

    Beside it, in the shelter of the post, you leave what you carried home last night: her notebook,
    the attendance lists in the blue cover. It should have been here a day ago.
    ~ gift = notebook
    ~ gift_late = true
    {end}

    Nothing moves on the hill. If she is out there, she does not come. You go back under the wire
    and lie down in the dark.
    ~ heard_prep = true
    ~ suspicion += 1
    -> onjo_night_end
* [Stay in tonight: the less you are seen, the safer she is]
    You stay in. You lie on your cot with your hands folded on your chest and listen to the camp
    breathe, and somewhere out there she is walking the dark alone, and you have not told her
    anything. It is the hardest thing you have done in four months, lying still.

    _Here the story gives itself back to Nam-ra, who comes down the hill to the memorial a little
    after midnight, when the camp is dark, and finds nothing new there._
    -> memorial_find

=== onjo_night_end "Still Keeping Count" ===
You do not sleep. You keep count instead: of the tent poles, of the breaths around you, of the
nights since the roof. Two.

_Here the story gives itself back to Nam-ra, who comes down the hill to the memorial a little
after midnight, when the camp is dark._
-> memorial_find
