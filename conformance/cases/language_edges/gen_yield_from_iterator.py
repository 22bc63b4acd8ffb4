# yield from a non-generator iterator: send(None) works, send(value)
# fails on the iterator's missing send, throw/close are passed on where
# the iterator has them.
class Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration(self.i * 100)
        return self.i


def outer(it):
    result = yield from it
    print("result", result)
    yield "after"


g = outer(Iter(3))
print(next(g), g.send(None), next(g))
print(next(g))
g = outer(Iter(3))
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)

class WithThrow(Iter):
    def throw(self, *args):
        print("throw got", [type(a).__name__ for a in args])
        return "thrown-value"
    def close(self):
        print("close called")

g = outer(WithThrow(5))
next(g)
print(g.throw(ValueError("x")))
g.close()

g = outer(Iter(5))
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError passed", e)

g = outer([10, 20])
print(list(g))
g = outer(iter("ab"))
print(next(g), next(g), next(g))
