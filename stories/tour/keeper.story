// An included file: a tunnel that any scene can call and come back from.

=== keeper_memory ===
You remember the old keeper. He said the sea is patient, <> /* a block comment; the glue joins the caller's next line on */
->->
