raise KeyError("a b")
