// Includes: paths are relative to the file that includes them.
title: Included
include "chapters/one.story"

=== opening ===
Opening, {steps} steps.
~ steps += 1
-> one
