// `paragraphs: lines`: every line of prose is its own paragraph, as in ink, where
// "the default behaviour inserts line-breaks before every new line of content"
// (WritingWithInk.md, "Glue"); glue still joins.
title: Lines
paragraphs: lines
const cab = "The cab"

=== start ===
"What's that?" my master asked.
I looked around.
{cab} was waiting.
We hurried home <>
to Savile Row.
* [Hurry on]
    <> as fast as we could.
    Passepartout opened the door.
    -> END "Home"
