# An uncaught codec error: the last line is built from its attributes.
data = b"caf\xc3\xa9 \xff!"
print(data[:6].decode())
data.decode("utf-8")
