const HAS_KEY = false
=== cell ===
A cell.
* {HAS_KEY} [Open the door] -> END "Free"
* [Search]
    Nothing.
    -> cell
