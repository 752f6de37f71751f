// item 8: doubling a string 40 times ran until the memory killer
const S0 = "ab"
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
const S15 = S14 + S14
const S16 = S15 + S15
const S17 = S16 + S16
const S18 = S17 + S17
const S19 = S18 + S18
const S20 = S19 + S19
const S21 = S20 + S20
const S22 = S21 + S21
const S23 = S22 + S22
const S24 = S23 + S23
const S25 = S24 + S24
const S26 = S25 + S25
const S27 = S26 + S26
const S28 = S27 + S27
const S29 = S28 + S28
const S30 = S29 + S29
const S31 = S30 + S30
const S32 = S31 + S31
const S33 = S32 + S32
const S34 = S33 + S33
const S35 = S34 + S34
const S36 = S35 + S35
const S37 = S36 + S36
const S38 = S37 + S37
const S39 = S38 + S38
const S40 = S39 + S39
=== a ===
{S40}
-> END "x"
