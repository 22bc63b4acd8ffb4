bytearray(b"x").extend([1, "a"])
