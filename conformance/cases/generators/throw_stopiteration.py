# PEP 479: a StopIteration thrown into a generator and not handled comes out
# as RuntimeError whose __cause__ is the StopIteration.
def gen():
    yield 1
    yield 2


g = gen()
next(g)
try:
    g.throw(StopIteration("inner"))
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
print(next(g, "done"))


def handles():
    try:
        yield 1
    except StopIteration as e:
        yield f"handled {e}"


h = handles()
next(h)
print(h.throw(StopIteration, "x"))
h.close()
