seq = list(range(10))
print(seq[::2], seq[1::3], seq[::-1], seq[-2::-2], seq[8:2:-2], seq[2:8:-1], seq[-100:100])
print(seq[slice(None, None, 3)], seq[slice(5)], slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
s = "abcdefghij"
print(s[::3], s[::-3], s[5:-5:-1], s[-1:-4:-1], s[100:], s[:-100])
t = tuple(seq)
print(t[3:7], t[::4], type(t[1:2]).__name__)
b = b"abcdef"
print(b[::2], b[1], b[-1:], bytearray(b)[::-1])
r = range(0, 30, 3)
print(r[2:5], r[::-1], r[::2][1], list(r[-3:]), r[1:8:3])
seq[2:5] = ["a", "b"]
print(seq)
seq[::3] = [0] * len(seq[::3])
print(seq)
try:
    seq[::2] = [1, 2]
except ValueError as e:
    print(e)
del seq[::2]
print(seq)
lst = [1, 2, 3]
lst[1:1] = [9, 9]
lst[:0] = "ab"
print(lst)
try:
    seq[::0]
except ValueError as e:
    print(e)
x = list(range(6))
x[len(x):] = [6, 7]
x[-1:-3:-1] = ["p", "q"]
print(x)
print(slice(1, 2, 3), slice(None), slice(1, 2) == slice(1, 2), repr(slice("a", None)))
