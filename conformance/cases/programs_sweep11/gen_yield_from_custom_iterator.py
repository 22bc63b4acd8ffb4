class Sub:
    def __init__(self): self.i = 0; self.log = []
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(f"ret{self.i}")
        return self.i
    def send(self, v): self.log.append(("send", v)); return self.__next__()
    def throw(self, *a): self.log.append(("throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)); return 99
    def close(self): self.log.append("close")
def outer(s):
    r = yield from s
    yield ("returned", r)
s = Sub(); g = outer(s)
print(next(g), g.send("x"), g.throw(ValueError), next(g), next(g), s.log)
s = Sub(); g = outer(s); next(g); g.close(); print(s.log)
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def o2():
    yield from NoThrow()
g = o2(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
g = o2(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
def gen():
    try:
        yield 1
    except Exception as e:
        yield repr(e)
g = gen(); next(g)
print(g.throw(ValueError, "msg"))
g = gen(); next(g)
print(g.throw(ValueError("inst")))
g = gen(); next(g)
try:
    g.throw(ValueError("inst"), "extra")
except TypeError as e:
    print("TypeError", e)
g = gen(); next(g)
try:
    g.throw(5)
except TypeError as e:
    print("TypeError", e)
def selfref():
    yield g2.send(None)
g2 = selfref()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
def fin():
    try:
        yield 1
    finally:
        print("fin ran")
g = fin(); next(g); g.close(); g.close()
g = fin(); print(list(g))
g = fin()
g.close()
print(next(g, "closed-unstarted"))
def retclose():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
g = retclose(); next(g); print(g.close())
def ge():
    x = yield
    return x
g = ge(); next(g)
try:
    g.send(42)
except StopIteration as e:
    print("stop", e.value)
print(type(ge()).__name__, ge.__name__, ge().gi_running)
import itertools
def inf():
    i = 0
    while True:
        try:
            yield i
        except GeneratorExit:
            print("closing at", i); raise
        i += 1
g = inf(); print(list(itertools.islice(g, 3))); g.close()
