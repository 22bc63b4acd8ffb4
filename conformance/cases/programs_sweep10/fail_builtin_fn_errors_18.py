delattr(1, "real")
