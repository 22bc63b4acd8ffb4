hex("1")
