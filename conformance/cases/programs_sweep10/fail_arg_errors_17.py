b"x".split("x")
