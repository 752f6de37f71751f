/*
  NEITHER HUMAN NOR MONSTER (second edition)
  A season-two "what if" for All of Us Are Dead, told mostly as Nam-ra, twice as On-jo.

  CHAPTERS (one file each, joined below)
    Prologue  main.story               Four months after; how Nam-ra spent the day (three openings).
    One       chapters/roof.story      The fire on the roof of Hyosan High; "They're back"; the jump.
    Two       chapters/others.story    The hybrids under Hyosan Station; one day with one of them; the raid.
    Three     chapters/camp.story      As On-jo: Room Four, an afternoon with a friend, the memorial.
    Four      chapters/hunger.story    The day after the raid: a deliberate meal, or not; the conscript.
    Five      chapters/onjo.story      As On-jo again: the second day; Dae-su, Mi-jin, Hyo-ryung.
    Six       chapters/hunger.story    What On-jo left at the fence; taking stock; the crossroads.
    Seven     chapters/reservoir.story Building Nine: the lab, the white room, Busan.
    Eight     chapters/uprising.story  Tae-gyu's water tower; the march, the standoff, the truce.
    Nine      chapters/home.story      The gap in the fence, the storeroom, the mountain road.
  Shared scenes here: the openings, the tunnels (reckoning, hunger_fit, hunger_wave, memory_*,
  threads) and the loss of self.

  THE MECHANICS, IN THE READER'S TERMS
    hunger (0 to HUNGER_MAX)  rises with time, strain and the smell of blood, and falls with feeding;
                       every change is written min(hunger + N, HUNGER_MAX) or max(hunger - N, 0).
    humanity           what Nam-ra keeps of herself; kindness and memory raise it. It buffers hunger:
                       `lost()` is true only when humanity is gone, or when hunger outruns humanity
                       by LOST_GAP (asked in `reckoning`, `crossroads`, `march` and `starving`).
                       Since hunger stops at HUNGER_MAX, at humanity 4 or more no hunger can take her.
    trust              the bond Nam-ra has built with her friends.
    suspicion          how closely the army hunts her.
    Every choice that costs one of these says so in its own words ("it will cost you").
    `reckoning` reports, never rewrites: twice a path, at the end of Chapter One and before the
    crossroads. No numbers ever appear in the prose.

  CONTINUITY (what the reader took, learned, was told; who walks with Nam-ra)
    day, arrival             how the first night began
    told_friends, told_truth, promised_onjo     what Nam-ra said on the roof
    ally, yeeun, took_ledger                    the arcade and the raid
    onjo_deal, knows_gap, gift, gift_in_hand, gift_late   what On-jo did, and how the gift reached Nam-ra
    told_gap                 Nam-ra read of the gap in a note (On-jo's knows_gap is not hers)
    conscript                the boy under the shop sign (a fate: unmet, saved, left or bitten)
    wrote_back, prep_blood, prep_room, prep_phone, heard_prep   the second day, both sides
    knows_lab, knows_ship, saw_board, took_manifest, promised_seo   Building Nine
    taegyu_deadline          the water tower
    walking                  who walks with Nam-ra, besides Ye-eun (a set of companion: Ms. Seo
                             from Building Nine, the band from the water tower, the six from the camp)
    yeeun_at                 where Ye-eun waits, when she is free (a waiting_place: church, pines, tower, camp)
    caught                   how Nam-ra came to the white room (a capture: free, gate, water, in_camp)
  Every state with more than two values is an enumeration (declared below), so a misspelt state
  is an error, not a branch that never runs. Every sentence that depends on one of these is
  gated on it.

  ENDINGS (ten)
    The Willing, Asset Nine, Across the Strait, Live from Hyosan       (Building Nine)
    The Night Belongs to Us, A Truce at Dawn                           (the water tower)
    Among Friends, The Village Without Lights, A Long Way Off          (home)
    Nothing Left of Nam-ra                                             (anywhere the hunger wins)
*/
title: Neither Human Nor Monster
author: The Forking Paths team
start: prologue

const HUNGER_MAX = 10
const SAFE = 6
const LOST_GAP = 7
const CLASS = "2-5"

enum fate = unmet, saved, left, bitten
enum whereabouts = arcade, with_you, taken
enum waiting_place = church, pines, tower, camp
enum capture = free, gate, water, in_camp
enum gift_kind = nothing, notebook, blood
enum arrival_kind = unseen, stayed, stairs, late, hid
enum opening = undecided, at_market, at_memorial, at_station
enum friend = nobody, ms_seo, tae_gyu, ye_eun
enum companion = the_pharmacist, the_band, the_six

var hunger = 5
var humanity = 5
var trust = 2
var suspicion = 1

var day = undecided
var arrival = unseen
var jar = false
var took_photo = false
var walked_back = false
var told_eat = false
var told_friends = false
var told_truth = false
var promised_onjo = false
var ally = nobody
var yeeun = arcade
var took_ledger = false
var onjo_deal = false
var knows_gap = false
var told_gap = false
var gift_late = false
var yeeun_at = church
var fed_yeeun = false
var saw_nine = false
var onjo_lied = false
var caught = free
var gap_marked = false
var hari_watch = false
var hyo_listens = false
var hyo_pages = false
var bag_taken = false
var gift = nothing
var gift_in_hand = false
var conscript = unmet
var wrote_back = false
var prep_blood = false
var prep_room = false
var prep_phone = false
var heard_prep = false
var knows_lab = false
var knows_ship = false
var saw_board = false
var took_manifest = false
var promised_seo = false
var walking = set(companion)
var taegyu_deadline = false

include "chapters/roof.story"
include "chapters/others.story"
include "chapters/camp.story"
include "chapters/hunger.story"
include "chapters/onjo.story"
include "chapters/reservoir.story"
include "chapters/uprising.story"
include "chapters/home.story"

=== prologue "Four Months After" === #chapter: Prologue
\**Prologue: Four Months After**

The army's report fits on one page. Before the outbreak, one hundred and seventy thousand people
lived in Hyosan. Afterward, one hundred and ten thousand were counted alive. The page does not say
how many of the sixty thousand died of teeth and how many of bombs.

Four months on, martial law is loosening its grip. In the quarantine camp below the hills the
guards play cards at night, and the queue for the telephones is shorter than it was.

Above the camp, Hyosan High is a broken tooth, four storeys of classrooms open to the weather. At
the foot of the hill the survivors have hung a long fence with photographs, school ties, ribbons, a
pencil case shaped like a fish. Every night someone from the camp comes to leave something new, and
every night someone on the roof of the school watches her do it.

You are that someone. Your name is Nam-ra. You were infected with the Jonas virus, and you did not
die, and you did not turn, not all the way. You said what you are once, out loud, to the people you
loved, before you walked away from them: neither human nor monster.

Tonight, for the first time in four months, you mean to light a fire. First there is the day to
get through.
* (market) [Spend the day at the butcher's market, where the cold store still holds]
    ~ day = at_market
    -> day_market
* (fence) [Go down to the memorial while the camp is at its count]
    ~ day = at_memorial
    -> day_memorial
* (station) [Go under the station, to the others]
    ~ day = at_station
    -> day_station

=== day_market "The Cold Store" ===
The butcher's market was the first place in Hyosan to lose its power and the last to lose its
smell. You go in through the loading bay at noon, when the drones are refuelling, and down the
slope of the ramp into the dark.

The cold store at the bottom has walls as thick as your arm. The generator that fed it died in the
second month, but the room was built to keep its own counsel, and at the back, behind the hooks,
there are still tubs of pig's blood frozen into red bricks. You have been eating your way through
them since the spring. There are nine left. You counted them yesterday, and you count them again,
because counting is what you do instead of praying.

You sit on an upturned crate and let one thaw against your stomach, like a hot-water bottle in
reverse. It is not enough. It is never enough. But it is not a person.
* [Thaw two, and carry a full jar up to the roof]
    You thaw two, and pour them into the big pickle jar you keep for the purpose, and screw the lid
    down tight. It will be there on the parapet tonight, if you need it.

    You leave seven tubs behind. Someone else may need them. You think of the girl under the
    station, and put one more in your bag for her, and leave six.
    ~ hunger = max(hunger - 1, 0)
    ~ jar = true
    -> fire
* [Eat now, as much as you can hold, and carry nothing]
    You eat until the bricks stop thawing against you fast enough, and then you eat them cold, and
    your teeth ache the old ordinary way, and for an hour the hum at the back of your skull goes so
    quiet that you can hear the building settle.

    Tonight there will be no jar on the parapet. You will have to trust what you ate. It is a
    strange kind of faith, but it is a kind.
    ~ hunger = max(hunger - 2, 0)
    -> fire
* [Carry the tubs down to the station for the others, and eat there with them]
    You stack five tubs in a rice sack and carry them on your back through the storm drains to the
    station, where the others are sleeping, because nine tubs is more than one girl needs and less
    than twelve people do. You eat yours with them, on the floor of the arcade, passing the spoon, <>
    ~ hunger = max(hunger - 1, 0)
    ~ humanity += 1
    -> day_station

=== day_memorial "The Fence by Day" ===
At ten in the morning the whole camp stands in rows to be counted, and the hill road is empty, and
for twenty minutes the memorial belongs to nobody. You go down through the rubble of the east wing
with your hood up.

Up close, the fence is louder than it looks from the roof. Plastic sleeves tick against the wire.
Ribbons snap. Somebody's wind chime, hung from a school tie, turns and turns. You know most of the
faces. You took their attendance.

Her place is easy to find. It is the only stretch of wire that is tidy. A paper crane folded from an
exam paper. A hair clip with a cherry on it. A photograph of Class {CLASS} on sports day, taken before
any of it, with a small pencil tick drawn above every head that is still alive.

There is a tick above yours.

Footsteps on the hill road: the count is over early. You have a breath to decide.
* [Take the photograph, and leave a gap in the wire where she will see it]
    You slide the photograph out of its sleeve and put it inside your jacket, against the place
    where your heart used to keep time. She will notice. You want her to. You are not brave enough
    to say so any other way.
    ~ trust += 1
    ~ took_photo = true
    -> fire
* [Touch nothing, and go]
    You put your hand flat on the wire beside the crane, just for a moment, and then you are back in
    the rubble before the first of the walkers reaches the bend. Nothing on the fence has moved. It
    is safer that way, for her. You tell yourself that all the way back up the stairs.
    -> fire
* [Go on from the fence to the station, to tell the others what you mean to do]
    You leave the fence as it is and go on, through the rubble and down into the drains, toward the
    one place in Hyosan where someone will ask you where you have been.
    -> day_station

=== day_station "Under the Station" ===
{day == at_market: while the tubs go round hand to hand, like presents, and then the arcade settles back into what passes, down here, for quiet.|You go down through the ventilation grate behind the bus depot in the middle of the day, when the others are sleeping and the arcade is at its quietest.}

It is not quiet. It is never quiet. There are twelve of you now, counting you, and the shutters of
the old shops tick and breathe with the sound of people pretending to sleep. Tae-gyu is awake on
the counter of the bubble tea stand, as he always is. Ms. Seo is writing in her ledger under the
lamp. In the corner, chained to a pillar with a bicycle chain she asked for herself, Ye-eun is
awake and crying without making a sound.

"Tonight," you tell Tae-gyu, "I'm going to light a fire on the roof of the school."

He looks at you for a long moment. "For them," he says. "The camp ones."

"For one of them."

"Then you'd better come back and tell us what she says." He swings his feet. "Or don't. Some of us
would like to know whether it's possible. Going back."
* [Sit with Ye-eun until she sleeps, however long that takes: you may be late to your own fire]
    You sit by the pillar, just out of reach of the chain, and tell Ye-eun about the roof: the view,
    the wind, the way the city looks from up there, like a model of itself. She does not fall asleep.
    She asks you to tell it again, and you tell it again, and the grate at the end of the arcade goes
    from white to grey to dark.

    When she sleeps at last she has hold of your sleeve, and you have to open her fingers one at a
    time.
    ~ humanity += 1
    -> late_fire
* [Ask Ms. Seo to write down that you went]
    "Write it in the ledger," you say. "That I went up. In case."

    Ms. Seo takes off her glasses and looks at you properly. Then she writes it, in the margin, in
    blue biro: _"Nam-ra. Gone to see her friends."_ "There," she says. "Now it has happened, whatever
    happens."
    ~ ally = ms_seo
    -> fire

// The rule of the loss of self, in one place: Nam-ra is lost when her humanity is gone, or when
// hunger outruns it by LOST_GAP. Hunger stops at HUNGER_MAX (every change of it is written with
// min or max), so humanity 4 or more is always enough.
=== function lost() ===
~ return humanity <= 0 or hunger - humanity >= LOST_GAP

// Who walks with Nam-ra, as a phrase, the way a person would say it: built from the back of the
// list, so that the last two are joined by "and" and the others by commas.
=== function company() ===
~ temp names = ""
~ temp n = 0
{if has(walking, the_six)}
~ names = "your six friends from the camp"
~ n += 1
{end}
{if has(walking, the_band)}
{if n == 0}
~ names = "the ones from the water tower"
{else}
~ names = "the ones from the water tower and " + names
{end}
~ n += 1
{end}
{if has(walking, the_pharmacist)}
{if n == 0}
~ names = "Ms. Seo"
{elif n == 1}
~ names = "Ms. Seo and " + names
{else}
~ names = "Ms. Seo, " + names
{end}
~ n += 1
{end}
{if yeeun == with_you}
{if n == 0}
~ names = "Ye-eun"
{elif n == 1}
~ names = "Ye-eun and " + names
{else}
~ names = "Ye-eun, " + names
{end}
~ n += 1
{end}
{if n == 0}
~ return "nobody but the hunger"
{end}
~ return names

=== reckoning "Taking Stock" === #interlude
{> You take stock of yourself the old way, like attendance: name by name, nobody skipped.|For the second time since the roof you call the register of yourself, and wait for each name to answer.}

{if hunger >= HUNGER_MAX - 1}
_Hunger: present, and louder than anything else in the room._
{elif hunger >= SAFE}
_Hunger: present, but seated._ A dog on a short chain. You know exactly how long the chain is.
{elif hunger >= 3}
_Hunger: present, and quiet._ Quiet is not the same as gone.
{else}
_Hunger: fed._ For once it is asleep, and you step around it softly.
{end}

{if humanity >= 6}
_Nam-ra: present._ You remember your mother's phone number, the periodic table, every name in your
class. Whatever the hunger does tonight, it will have to get past all of that first.
{elif humanity >= 4}
_Nam-ra: present, mostly._ There are hours now you cannot account for.
{elif humanity >= 2}
_Nam-ra: late._ You have to reach for your own name, and it comes slower than it did.
{else}
_Nam-ra:_ the line stays blank for a long time before you can fill it in.
{end}

{conscript == bitten: _Oh, a conscript:_ absent. You put his name on the register anyway, because nobody else will.}

{if trust >= 5}
_The others: with you._ Wherever they are, you feel them like a hand on your back.
{elif trust >= 3}
_The others: waiting._ You have not given them much to hold, but they are holding it.
{else}
_The others: further off than they need to be._ That is your doing, not theirs.
{end}

{if suspicion >= 5}
_The soldiers: close._ They know your face, and they are learning where you go.
{elif suspicion >= 3}
_The soldiers: looking for you,_ not for a shape on a screen any more, but for you.
{else}
_The soldiers: looking,_ but for a warm blur on a screen, not yet for a face.
{end}

{if lost()}
You close the register. One name did not answer, and you cannot remember whose it was.
{elif hunger - humanity >= LOST_GAP - 2}
You close the register. The hunger has been gaining on the rest of you, and you both know it.
{else}
You close the register. Everyone you need is here.
{end}
->->

=== hunger_fit "The Fit" === #interlude
{> The first fit in days comes up through you like water through a floor.|It comes again, and this time you know its face.}

Your jaw locks. Your sight narrows to a tunnel with a heartbeat at the end of it, and the hunger
does not care whose.

You press your back against the cold concrete and breathe through your nose, the way the school
counsellor taught the class before exams. In for four. Hold. Out for four.
+ [Bite down on your own wrist: quick, and it takes something of you with it]
    You sink your teeth into your own arm until the pain is louder than the smell. Your own blood
    tastes of nothing; that is the point. The hunger backs off, sulking, and leaves a ring of marks
    that will be gone in a few hours.

    The part of you that watches is afraid of how easily you did it.
    ~ hunger = max(hunger - 3, 0)
    ~ humanity -= 1
+ {humanity >= 4 else "You reach for your own name and find only the smell of them."} [Say your own name until it means something: slower, and it gives something back]
    "Nam-ra," you whisper. "Nam-ra of Hyosan High. Class {CLASS}. Top of the year." You say it until the
    words are just sounds, and then until they turn back into a person.

    The fit loosens one finger at a time. When it lets go you are shaking, and still yourself, and
    a little more yourself than before.
    ~ hunger = max(hunger - 2, 0)
    ~ humanity += 1
- {> You stay against the wall until your breathing is your own again, and then a little longer, to be sure.|You stay against the wall until your breathing is your own again. It takes longer than last time.}
->->

=== hunger_wave "The Wave" === #interlude
It rises without warning: not a fit but a tide, patient and enormous.

{hunger >= 9: It has been building all night and you have been pretending not to notice.|You had thought you were ahead of it tonight.}

Every heart within a hundred metres turns into a drum. You can tell them apart. That one is
frightened. That one is asleep. That one is young.
+ [Hold on to the sound of your own name: it holds, a little]
    You hold on with both hands and your eyes shut, not letting go even when your knuckles ache.
    The tide goes out a little. Only a little.
    ~ hunger = max(hunger - 1, 0)
+ {humanity >= 4 else "There is not enough of you left to bargain with it."} [Remember the roof, and who came up the stairs: it holds, and it stays held]
    You remember the fire on the roof and six people climbing toward you through the dark, knowing
    what you were, coming anyway. The tide has nothing to say to that. It goes out, grumbling, and
    leaves you standing on wet sand.
    ~ hunger = max(hunger - 2, 0)
    ~ humanity += 1
- When it has gone out, the hearts around you are only hearts again.
->->

=== memory_class "Before" === #memory
{> You remember a Tuesday before any of it: you at the front of the classroom with the attendance book, calling names, and every one of them answering. Somebody eating kimbap under the desk. A cat drawn on the board. You were annoyed by all of it, and you would give your teeth to be annoyed by it again.|You remember the exam hall the week before the outbreak: two hundred pens scratching at once, a radiator knocking. You finished first and checked your answers three times, and when you looked up the whole room was breathing together, like one animal asleep.|You remember the canteen on fish-cake day, the queue, the argument about who had cut in. For a moment you are hungry the old way, for food, and the old hunger is so small and ordinary that it almost makes you cry.}

The memory does not last. They never do. But it leaves a shape you can stand in.
->->

=== memory_onjo "The Stairwell" === #memory
{! It comes back in pieces. A stairwell in Yangdong. On-jo's face close to yours, trying to make you laugh. Your mouth already open before you knew it. The moment you stopped, a finger's width from her throat, and her face when she understood. You left the next morning. You have never told anyone that you left because she forgave you so quickly that you knew you could not be trusted with it.|The stairwell again, and On-jo's face, and the finger's width of air you have been living inside ever since.}
->->

=== memory_roof "The Roof, Before" === #memory
{> You think of the roof of Hyosan High, the night the fire brought them up the stairs.|The roof again. You keep going back there, like a tongue to a missing tooth.}

{if visits(reunion) == 0}
You remember {visits(fire_out) > 0: a ring of wet ash you left for them to find|the rust of a water tank against your back}, and On-jo's voice
saying your name to a roof she thought was empty.
{elif visits(close) > 0}
You remember On-jo sitting close enough to touch, talking about nothing, and how you let her.
{else}
You remember On-jo on the far side of the fire, her face orange, not coming closer because you had
asked her not to.
{end}

{visits(hari_grief) > 0: You remember Ha-ri turning a piece of tile in her fingers, saying that Woo-jin's last joke was not even a good one.}

{promised_onjo: You remember what you promised On-jo before you jumped, and that it is still yours to keep.}

You remember that they came, all six of them, knowing what you were.
->->

=== threads "What Stays" === #coda
{if conscript == saved}
You think sometimes of a conscript called Oh, with a round face and a bad haircut, who went home to
his mother on crutches with your school tie in his kit bag. He told the story to anyone who would
listen: the girl who knelt in his blood and held her breath for four minutes. Some of them
believed him.
{elif conscript == left}
You think sometimes of a conscript called Oh, who lived because you threw stones at a shop sign
until his unit came back for him. He told them you were right there and you didn't. It went in a
report, and the report went up a chain, and somewhere on that chain a man with a wedding ring read
it twice.
{else}
You think of a conscript called Oh more often than anything else. The spot on his chin. The bad
haircut. A name on a register, and nobody to answer it. You do not let yourself be forgiven for
that, even on the good days, and there are good days. That is the worst of it.
{end}

{taegyu_deadline and visits(rooftop_again) == 0 and visits(village) == 0: You never went back to the water tower at the end of your one night. On-jo found out, later, what Tae-gyu did instead: he waited until dawn, and then took the forty north into the hills, not down to the camp. Nobody knows why. You like to think it was because you asked.}

{onjo_deal: On-jo never quite forgives herself for Room Four, for the morning she told the Major where the others hid because she wanted a cure to be true. You have told her a hundred times that they would have found the arcade anyway. She has stopped arguing. She has not stopped remembering.}
->->

=== lost_self "Nothing Left" === #ending
There is no single moment when it happens. That is the worst of it: you keep waiting for a door to
slam, and instead the rooms of you go dark one at a time, as if someone were walking through a
house at night turning off lamps.

First the names go. You reach for the girl's name, the kind one with the gifts, and your foot comes
down on nothing. Then the numbers, the periodic table, the phone number. Then the reasons. You
remember that you used to hold back, but not why, and without the why the holding is only a kind of
tiredness, and then you are not tired any more.

The hunger does not feel like hunger now. It feels like being awake.

{if visits(white_room) > 0}
The straps on the chair in the white room were made for something strong. They were not made for
this. Something that was Nam-ra comes out of them the way water comes out of a cupped hand, and the
door Dr. Han was holding shut is not shut for long.

By morning Building Nine is quiet. The soldiers who come up the reservoir road find the doors open
and the long white corridor painted in a colour that is not white. They find the cold room open too,
and empty, its straps torn off the beds one by one, as if something had stopped there on its way out
and remembered, for as long as that took, what it used to be for. They find
Dr. Han alive, in the office with the window, with a chair against the door and her hands over her
ears. She tells them it walked straight past her. She tells them it stopped, for a second, in the
doorway, as if it had forgotten why it came, and then went on. The report that goes up the chain
that week gives what left Building Nine a number. The number is the only name that follows you now.
{else}
Something that was Nam-ra walks down the hill in the dark. It moves beautifully; it has never moved
so well. It can hear the camp breathing from a kilometre away, six thousand sleeping hearts, and
among them six that it used to know. The knowledge sits in its head like a letter in a language
nobody speaks.

In the morning the soldiers find a stretch of fence bent outward and a track through the dew
leading into the hills. They write a number in a report. The number is the only name that follows
you now.
{end}

{if yeeun == with_you and yeeun_at == camp}
Ye-eun is in the ration store when they come for what is left of the camp's nerve. On-jo tells the
sergeant she is her cousin, from Daegu, and keeps telling him until he writes it down. Ye-eun does
not speak for a month. When she does, it is to ask which of the names on the fence is yours.
{elif yeeun == with_you}
Ye-eun is found two days later, asleep on her pink school bag <>
{if yeeun_at == pines}
in a hollow under the pines below the first gate<>
{elif yeeun_at == tower}
at the foot of the water tower, where you told her to stay whatever happened<>
{else}
in the bell tower of the burned church<>
{end}
, waiting for someone who told her to wait. She is taken north in a truck. She screams a name all the way. Nobody in the truck knows whose.
{end}

{yeeun == taken and visits(white_room) == 0: Ye-eun stays in the cold room at the reservoir. Nobody comes for her now. Ms. Seo sings to her through the wall, every night, and does not tell her why.}

{took_ledger: Ms. Seo's ledger is found in the bell tower of the burned church. The last entry, in a hand that is not hers, is a single number and a question mark.}

{conscript == bitten: In the report, under the number, someone has added the name of a conscript called Oh. It is the only other name in it.}

{conscript == saved: In a hospital in Daegu a conscript called Oh reads the report and asks to see the photograph, and then asks them not to shoot. Nobody writes that down.}

{taegyu_deadline: Under the water tower, Tae-gyu waits out your one night, and the next, and then takes the forty north into the hills. Nobody comes down to the camp. Perhaps he remembered that you asked.}

{told_truth: Su-hyeok stops walking the fence. "She said she'd go a long way from us," he tells On-jo, "if it ever didn't pass. She did, didn't she. She kept it." On-jo does not answer him.}

On-jo keeps going to the memorial. She hangs a new photograph on the fence: a girl in a school
uniform with her mouth serious, looking straight into the camera, daring it to be wrong about her.

{wrote_back: Underneath it, folded into the wire, is the note that said _"I'm still here."_ On-jo does not take it down. She adds one word below it, in her careful handwriting: _"Were."_|Underneath, in On-jo's careful handwriting: _"She held on longer than anyone. That counts."_}

Somewhere in the hills, something hears its name on the wind and does not turn around.
-> END "Nothing Left of Nam-ra"
