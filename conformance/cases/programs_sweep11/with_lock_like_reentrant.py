class Counter:
    def __init__(self):
        self.depth = 0
        self.events = []

    def __enter__(self):
        self.depth += 1
        self.events.append(f"in{self.depth}")
        return self.depth

    def __exit__(self, et, ev, tb):
        self.events.append(f"out{self.depth}" + (f"!{et.__name__}" if et else ""))
        self.depth -= 1


c = Counter()
with c as a:
    with c as b:
        with c as d:
            print(a, b, d)
print(c.events)
c.events.clear()


def gen():
    with c:
        yield 1
        yield 2


g = gen()
print(next(g), c.depth)
g.close()
print(c.events, c.depth)
c.events.clear()
try:
    with c, c:
        raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, e, c.events)
try:
    with object():
        pass
except TypeError as e:
    print("TypeError", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError", e)
