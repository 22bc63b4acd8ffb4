# close() of a generator paused in `yield from` closes the sub-generator
# first (its finally runs), then raises GeneratorExit at the outer yield.
def inner(tag):
    try:
        yield f"{tag}-1"
        yield f"{tag}-2"
    finally:
        print(f"inner {tag} finally")


def outer():
    try:
        yield from inner("a")
    except GeneratorExit:
        print("outer saw GeneratorExit")
        raise
    finally:
        print("outer finally")


g = outer()
print(next(g))
g.close()
print("closed")


def chain():
    try:
        yield from inner("x")
    finally:
        print("chain finally")


def top():
    yield from chain()


t = top()
print(next(t))
t.close()
print(next(t, "done"))


def iter_outer():
    try:
        yield from iter([1, 2])
    finally:
        print("iter_outer finally")


i = iter_outer()
next(i)
i.close()
