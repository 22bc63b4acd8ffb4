buf = bytearray(b"hello world")
buf[0:5] = b"HELLO"
print(buf)
buf[6:] = b"there!"
print(bytes(buf), len(buf))
data = list(range(10))
data[::2] = [0] * 5
print(data)
data[::3] = [1, 2]
