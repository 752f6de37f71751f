=== start ===
You have {coins} coins.
-> nowhere
