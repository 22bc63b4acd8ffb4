# expect-output: refused 'gi_yieldfrom' is not available in the sandbox
# expect-output: refused 'gi_frame' is not available in the sandbox
def inner():
    yield 1
def outer():
    yield from inner()
g = outer()
next(g)
for name in ("gi_yieldfrom", "gi_frame"):
    try:
        getattr(g, name)
    except AttributeError as e:
        print("refused", e)
g.close()
