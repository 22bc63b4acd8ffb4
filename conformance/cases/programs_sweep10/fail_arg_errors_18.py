b"x".replace("x", "y")
