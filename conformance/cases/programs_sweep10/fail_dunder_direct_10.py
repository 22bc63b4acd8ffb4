delattr(object(), "x")
