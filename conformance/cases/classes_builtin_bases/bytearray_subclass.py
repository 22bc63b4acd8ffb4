# class B(bytearray): __init__ fills it, mutation works, results are plain.


class Buffer(bytearray):
    def __init__(self, data=b"", limit=8):
        super().__init__(data)
        self.limit = limit

    def push(self, chunk):
        if len(self) + len(chunk) > self.limit:
            raise OverflowError(f"buffer full: {len(self)} + {len(chunk)} > {self.limit}")
        self.extend(chunk)
        return self

    def __repr__(self):
        return f"Buffer({bytes(self)!r}, limit={self.limit})"


b = Buffer(b"ab")
print(repr(b), b, type(b).__name__, len(b), b.limit)
b.push(b"cd").push(b"ef")
print(repr(b), isinstance(b, bytearray))
try:
    b.push(b"xyz")
except OverflowError as e:
    print("OverflowError", e)
b[0] = 65
b[1:3] = b"__"
del b[-1]
b += b"!"
b.append(63)
print(repr(b), b.limit, type(b).__name__)
print(b == bytearray(b"A__de!?"), b == b"A__de!?", b.pop(), b.find(b"d"))
for name, r in [("slice", b[1:3]), ("concat", b + b"z"), ("repeat", b * 2),
                ("upper", b.upper()), ("copy", b.copy()), ("bytearray()", bytearray(b)),
                ("bytes()", bytes(b))]:
    print(name, r, type(r).__name__)
print(Buffer(3), Buffer([1, 2]), Buffer("hé".encode(), limit=2))


class Plain(bytearray):
    pass


p = Plain(b"xyz")
p.extra = 1
print(p, repr(p), type(p).__name__, p.extra, Plain(), Plain(2), Plain("s", "ascii"))
p.clear()
print(p, len(p))
p.__init__(b"again")
print(p)
try:
    Plain("no encoding")
except TypeError as e:
    print("TypeError", e)
try:
    Plain(-1)
except ValueError as e:
    print("ValueError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)


class Reversed(bytearray):
    def __new__(cls, data):
        self = super().__new__(cls)
        return self

    def __init__(self, data):
        super().__init__(reversed(data))


print(Reversed(b"abc"), type(Reversed(b"abc")).__name__)
