// Functions the host provides, from ink's documentation of EXTERNAL (RunningYourInk.md,
// "External functions" and "Fallbacks for external functions"): the story declares them with a
// fallback body, which plays when no host binds them (here, and in `forkpaths play`). Ink writes
// `EXTERNAL multiply(x, y)` and a same-named function for the fallback; here one declaration,
// `=== external multiply(x, y) ===`, is both.
title: External
var sounds = 0

=== external multiply(x, y) ===
// Usually external functions can only return placeholder results, otherwise they'd be defined here!
~ return 1

=== external play_sound(sound_name) ===
// no sound without a host: count the calls instead
{if sound_name != ""}
~ sounds += 1
{end}

=== workshop ===
Three times four is {multiply(3, 4)}.
+ [Hit the anvil]
    ~ play_sound("whack")
    Whack. {sounds} sounds so far.
    -> workshop
* [Leave] -> END "Quiet"
