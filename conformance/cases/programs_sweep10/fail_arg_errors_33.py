(1).to_bytes(length=1, byteorder="big", signed=1, extra=2)
