# continue, break, return and exceptions leaving with blocks: __exit__ runs
# before enclosing finally blocks, and a swallowing manager resumes after it.
class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow
def f():
    for i in range(3):
        with CM(f"it{i}"):
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise ValueError(i)
            finally:
                print("finally", i)
            print("unreached?", i)
def g():
    try:
        with CM("outer"), CM("inner", swallow=True):
            return "from with"
    finally:
        print("g finally")
try:
    f()
except ValueError as e:
    print("ValueError", e)
print(g())
def h():
    with CM("swallower", swallow=True):
        with CM("plain"):
            raise KeyError("k")
    return "after swallow"
print(h())
def gen():
    with CM("gen-with"):
        yield 1
        return "ret"
it = gen()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value)
def with_break():
    while True:
        with CM("loop"):
            break
    return "broke"
print(with_break())
class Reusable:
    depth = 0
    def __enter__(self):
        Reusable.depth += 1
        print("depth", Reusable.depth)
    def __exit__(self, *a):
        Reusable.depth -= 1
r = Reusable()
with r as x:
    with r:
        print("x is", x)
print("depth after", Reusable.depth)
