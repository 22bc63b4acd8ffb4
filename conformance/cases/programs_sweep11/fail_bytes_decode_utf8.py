chunks = [b"hello ", b"\xe2\x82", b"\xac"]
for c in chunks:
    print(c.decode("utf-8"))
