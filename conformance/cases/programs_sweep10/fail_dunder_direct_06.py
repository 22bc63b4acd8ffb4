object.__setattr__(1, "x", 2)
