// Included by main.story; includes two files of its own.
include "deeper/two.story"
include "shared.story"

=== one ===
Chapter one, {steps} steps.
~ steps += 1
-> two
