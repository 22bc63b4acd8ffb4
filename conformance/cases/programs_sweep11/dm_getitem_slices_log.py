class Logger:
    def __getitem__(self, key):
        return key


lg = Logger()
print(lg[1], lg[1:2], lg[::3], lg[1:2, 3], lg[...], lg[:, None], lg["a":"b":"c"], lg[()], lg[1,])
s = lg[5:1:-1]
print(s.start, s.stop, s.step, s.indices(3), slice(None).indices(4), slice(-100, 100).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1, 2, None) == slice(1, 2), repr(slice(None, -1, None)))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
data = list(range(10))
print(data[lg[2:8:2]], data[slice(-3, None)], data[lg[::-3]], "hello"[lg[1:-1]])
