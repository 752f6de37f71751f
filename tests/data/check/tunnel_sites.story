// One tunnel, two callers: only the first caller's continuation reads `key`. Returns are
// followed per call site, so `key` is kept inside `shed` when called from `start` (the
// door then opens) and dropped when called from `yard`, where nothing reads it again.
var key = false

=== start ===
* [Take the key]
    ~ key = true
    -> shed ->
    -> door
* [Leave it]
    -> shed ->
    -> door

=== shed ===
+ [Wait]
    ->->

=== door ===
+ {key} [Open the door] -> yard
+ [Knock] -> END "Knocked"

=== yard ===
* [Rest in the shed]
    -> shed ->
    -> END "Rested"
