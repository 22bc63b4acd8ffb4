# An exception thrown in and not handled propagates out of throw() and
# finishes the generator.
def counter():
    yield 1
    yield 2


g = counter()
print(next(g))
try:
    g.throw(KeyError("missing"))
except KeyError as e:
    print("KeyError", e)
print(next(g, "finished"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)
