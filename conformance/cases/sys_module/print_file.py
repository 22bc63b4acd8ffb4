# print(file=obj) calls obj.write once per item, separator and end.
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collector()
print("a", 1, [2, 3], file=c)
print(c.parts)
c.parts.clear()
print("x", "y", sep="--", end="!\n", file=c)
print(c.parts)
c.parts.clear()
print(file=c)
print(c.parts)
c.parts.clear()
print("a", "b", sep=None, end=None, file=c)
print(c.parts)
print("to stdout", file=None)


class Flushing(Collector):
    def flush(self):
        self.parts.append("<flush>")


f = Flushing()
print("p", file=f, flush=True)
print("q", file=f, flush=False)
print(f.parts)


class NoWrite:
    pass


try:
    print("x", file=NoWrite())
except AttributeError as e:
    print("AttributeError", e)
try:
    print("x", file=c, flush=True)
except AttributeError as e:
    print("AttributeError", e)
print(c.parts[-2:])


class Failing:
    def __init__(self):
        self.n = 0

    def write(self, s):
        self.n += 1
        if self.n == 3:
            raise ValueError("disk full")


try:
    print("a", "b", "c", file=Failing())
except ValueError as e:
    print("ValueError", e)


class BadStr:
    def __str__(self):
        raise RuntimeError("no str")


c.parts.clear()
try:
    print("ok", BadStr(), file=c)
except RuntimeError as e:
    print("RuntimeError", e, c.parts)
try:
    print("x", sep=3, file=c)
except TypeError as e:
    print("TypeError", e)


class Upper:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s.upper()


u = Upper()
for i in range(3):
    print("line", i, file=u)
print(u.text, end="")
