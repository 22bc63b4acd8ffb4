raise SyntaxError("bad token", ("cfg.txt", 1, 100, "abc", 1, 200))
