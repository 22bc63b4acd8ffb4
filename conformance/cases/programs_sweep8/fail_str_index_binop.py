s = "abc"
n = s.index("b") + s.index("z") * 2
