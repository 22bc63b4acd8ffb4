print(format("x", "^d"))
