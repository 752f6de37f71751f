// Breaks a proof that trusts a once-only exit: `Step out` can be taken once, and the porch
// leads back in, so the second time there is no way out.
=== hall ===
+ [Wait] -> hall
* [Step out] -> porch

=== porch ===
+ [Go back in] -> hall
* [Walk to the road] -> END "Road"
