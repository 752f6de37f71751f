// Tags, after ink's manual (WritingWithInk.md, "Tags"): a `#` on a line of content marks it
// with information for the program that runs the story; it is not shown. Here lines and
// choices have them too, not only scenes.
title: Tags
const who = "Someone"

=== start === #chapter: One
A line of normal game-text. # colour it blue
A second line of the same paragraph. #sound: rain

"Not a tag," he said, and wrote \#7 on the door.
* [Knock] -> knock #risk: low
* [Leave] -> END "Gone" #ending

=== knock ===
{who} is coming. #speaker: narrator
-> END "Answered"
