"x".encode("nope")
