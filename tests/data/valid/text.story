var hunger = 6
var told = false
var name = "On-jo"
=== a ===
You have {hunger} hours. {told} {name}.
{hunger >= 5: You can hear their hearts.}
{told: She knows.|She does not know yet.}
{hunger > 5: {name} steps back.|{name} stays.}
{> One.|Two.|Three.} {& Tick.|Tock.} {! Crow.|Gone.} {~ Ash.|Dog.|Silence.}
+ [Again]
    ~ hunger -= 3
    ~ told = true
    ~ name = "Su-hyeok"
    -> a
