# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaky():
    yield 1
    raise StopIteration("inner")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)
    print("cause", type(e.__cause__).__name__, e.__cause__)
    print("context is cause", e.__context__ is e.__cause__)
    print("suppress", e.__suppress_context__)

def via_next():
    it = iter([])
    yield next(it)

try:
    list(via_next())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))

def subclass():
    class MyStop(StopIteration):
        pass
    yield 0
    raise MyStop

g = subclass()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

genexp = (next(iter([])) for _ in range(3))
try:
    list(genexp)
except RuntimeError as e:
    print("genexp RuntimeError", e)

def thrown():
    yield 1
g = thrown()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print("throw RuntimeError", e)
