def g1():
    yield 1
    raise StopIteration("inner")
try:
    list(g1())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
def g2():
    it = iter([])
    yield next(it)
try:
    next(g2())
except RuntimeError as e:
    print("RuntimeError", e)
def g3():
    try:
        yield next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(g3()))
print(next(iter([]), "default"))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(list(It()), [x for x in It()])
def g4():
    yield from It()
    return "r"
print(list(g4()))
def g5():
    return
    yield
print(list(g5()))
gen = g1(); next(gen)
try:
    next(gen)
except RuntimeError as e:
    print("again", e)
print(next(gen, "exhausted"))
