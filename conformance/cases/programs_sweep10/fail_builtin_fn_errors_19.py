setattr(1, "real", 5)
