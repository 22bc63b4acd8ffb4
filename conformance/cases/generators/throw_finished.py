# Throwing into a finished generator raises the exception unchanged.
def one():
    yield 1


g = one()
print(list(g))
for exc in (ValueError("after end"), KeyError, StopIteration("stop")):
    try:
        g.throw(exc)
    except Exception as e:
        print(type(e).__name__, repr(e))
print(g.close())
