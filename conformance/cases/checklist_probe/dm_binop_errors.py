class A:
    pass

class B:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

ops = [
    ("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
    ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
    ("**", lambda x, y: x ** y), ("<<", lambda x, y: x << y), (">>", lambda x, y: x >> y),
    ("&", lambda x, y: x & y), ("|", lambda x, y: x | y), ("^", lambda x, y: x ^ y),
    ("@", lambda x, y: x @ y),
]
for name, f in ops:
    for x, y in [(A(), A()), (A(), 1), (1, A()), (B(), B()), ("s", A()), (A(), [1])]:
        try:
            f(x, y)
        except TypeError as e:
            print(name, type(e).__name__, e)
for name, f in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    try:
        f(A())
    except TypeError as e:
        print(name, type(e).__name__, e)
inplace = ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]
for op in inplace:
    x = A()
    try:
        if op == "+=": x += 1
        elif op == "-=": x -= 1
        elif op == "*=": x *= 1
        elif op == "/=": x /= 1
        elif op == "//=": x //= 1
        elif op == "%=": x %= 1
        elif op == "**=": x **= 1
        elif op == "<<=": x <<= 1
        elif op == ">>=": x >>= 1
        elif op == "&=": x &= 1
        elif op == "|=": x |= 1
        elif op == "^=": x ^= 1
        elif op == "@=": x @= 1
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    pow(A(), 2, 3)
except TypeError as e:
    print("pow3", e)
try:
    pow(2, A(), 3)
except TypeError as e:
    print("pow3b", e)
try:
    divmod(A(), 1)
except TypeError as e:
    print("divmod", e)
try:
    [1] * 2.0
except TypeError as e:
    print(e)
try:
    "a" * A()
except TypeError as e:
    print(e)
try:
    A() * "a"
except TypeError as e:
    print(e)
x = A()
x + B()
