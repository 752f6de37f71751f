// Included by chapters/one.story: "../shared.story" is chapters/shared.story.
include "../shared.story"

=== two ===
Chapter two, {steps} steps.
~ steps += 1
-> shared_end
