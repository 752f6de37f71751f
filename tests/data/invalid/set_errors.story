// expect: FP205 7:1, FP205 8:12, FP205 9:8, FP241 10:2
enum doctor = Adams, Bernard
enum pet = cat, dog
var in_surgery = set(Adams)
var pets = set(pet)
=== surgery ===
~ in_surgery += cat
{has(pets, Adams): Odd.}
{count(3)}
{set()}
~ pets += dog
-> END "Closed"
