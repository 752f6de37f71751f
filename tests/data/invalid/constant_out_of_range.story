// expect: FP150 5:12, FP150 8:11, FP150 23:13
const C0 = 3000
const C1 = C0 * C0
const C2 = C1 * C1
const C3 = C2 * C2
const C4 = C3 * C3
const C5 = C4 + 1
const Z = C0 / (C0 - C0)
const S0 = "abababababababababababababababababababababababababababababababababababababababababababababababababab"
const S1 = S0 + S0
const S2 = S1 + S1
const S3 = S2 + S2
const S4 = S3 + S3
const S5 = S4 + S4
const S6 = S5 + S5
const S7 = S6 + S6
const S8 = S7 + S7
const S9 = S8 + S8
const S10 = S9 + S9
const S11 = S10 + S10
const S12 = S11 + S11
const S13 = S12 + S12
const S14 = S13 + S13
=== a ===
{C5} {Z} {S14}
-> END "x"
