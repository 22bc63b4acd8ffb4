data = list(range(10))
data[2:5] = ["a", "b"]
print(data)
data[::3] = ["X"] * len(data[::3])
print(data)
data[len(data):] = [100, 101]
data[:0] = ["start"]
print(data)
del data[1::2]
print(data)
s = "Hello, World"
print(s[::-1], s[7:], s[:-7], s[-5:-1], s[100:], s[2:2], s[::4], s[-1::-2])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in matrix[1:]], matrix[::-1][0][::-1], [r[i] for i, r in enumerate(matrix)])
t = tuple(range(6))
print(t[1:4], t[::-2], t[slice(None, None, 3)])
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
del b[-1:]
print(b, bytes(b[::2]))
