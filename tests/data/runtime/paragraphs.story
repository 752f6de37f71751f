// A blank line always ends a paragraph: also at the start of a fallback body and of an
// {if} branch, and at the end of a branch.
title: Paragraphs
var asked = true

=== hall ===
"Who is there?" asks the keeper.
{if asked}

"Only me," says the boy.
{else}
Nobody answers.
{end}
She lets him in.
* -> kitchen

=== kitchen ===
"Sit," she says.
{if asked}
"Thank you."

{end}
The kettle sings.
*

    "Tea?" she asks.
    -> END "Tea"
