bytes("x", "nope")
