"x".split(1)
