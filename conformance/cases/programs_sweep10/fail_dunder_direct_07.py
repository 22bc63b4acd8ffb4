setattr([], "x", 1)
