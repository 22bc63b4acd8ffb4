bytearray(b"x").extend(1)
