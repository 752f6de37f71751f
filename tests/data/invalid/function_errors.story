// expect: FP242 4:1, FP244 11:1, FP244 12:1, FP245 15:1, FP247 25:1, FP243 32:1, FP248 33:11, FP246 37:13, FP206 39:14, FP206 40:8, FP205 40:14
var hp = 3

=== function half(n) ===
// a way through without a value
{if n > 1}
~ return n / 2
{end}

=== function greet(n) ===
Hello.
-> camp
~ return n + 1

=== function shadow(hp) ===
~ return hp + 1

=== function hurt(n) ===
~ hp -= n
~ return hp

=== function twice(s) ===
~ return s + "!"

=== function hurt(m) ===
~ return m

=== camp ===
{half(4)} {greet(1)} {shadow(1)}
~ hurt(1)
~ temp lit = true
~ return 5
You have {hurt(1)} left.
{if hp > 1}
~ temp w = 1
{end}
~ hp = hp + w
~ temp lit = false
~ temp lit = 1
~ hp = twice(3)
-> END "Rest"
