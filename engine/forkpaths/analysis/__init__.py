"""Story analysis for `forkpaths check`: walking, projection, search, abstract values, witnesses."""
