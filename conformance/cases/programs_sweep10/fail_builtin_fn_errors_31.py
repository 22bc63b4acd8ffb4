divmod(1, "a")
