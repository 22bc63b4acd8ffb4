# Generators, match, exceptions and formatting: each first use of an
# opcode or helper that makes objects happens under the limit.
def countdown(n):
    try:
        while n > 0:
            got = yield n
            n -= got or 1
        return "done"
    finally:
        print("closed", n)


def relay():
    result = yield from countdown(5)
    yield result


g = relay()
print(next(g), g.send(2), list(g))


def shape(obj):
    match obj:
        case {"kind": "circle", "r": r} if r > 0:
            return f"circle {r:.2f}"
        case [x, y, *rest]:
            return f"seq {x}+{y} and {len(rest)}"
        case int() | float() as num:
            return f"number {num:+,}"
        case str(s):
            return s.upper()
        case _:
            return "other"


print([shape(o) for o in ({"kind": "circle", "r": 2}, [1, 2, 3], 12345.5, "ab", None)])


class tagged:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind else None, value)
        return kind is ZeroDivisionError


with tagged("a") as a, tagged("b") as b:
    print(a, b, 1 / 0)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    e.add_note("a note")
    print(type(e.__cause__).__name__, e.__notes__)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    print("values", eg.exceptions)
except* TypeError as eg:
    print("types", eg.exceptions)

squares = {n: n * n for n in range(6) if n % 2}
print(squares, {*"abc"} >= {"a"}, [*zip("ab", (1, 2))], sum(x for x in range(10)))
print("{0:>8}|{1:<6.3f}|{2:#x}|{3:%}".format("right", 3.14159, 255, 0.25))
print("%-5s|%05d|%.2e|%r" % ("ab", 42, 12345.678, "q"))
