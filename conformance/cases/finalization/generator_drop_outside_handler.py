# A generator suspended outside every try or with block closes silently
# when dropped (GeneratorExit unwinds no handler), even when its code has
# handlers elsewhere; once resumed into a try, dropping it runs the
# finally. What its frame holds is released at the drop either way.


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(name):
    keep = Noisy(name)
    yield "outside"
    try:
        yield "inside"
    finally:
        print("finally of", name)
    yield "after"


g = gen("a")
print(next(g))
del g
print("after dropping a")

g = gen("b")
print(next(g), next(g))
del g
print("after dropping b")

g = gen("c")
print(next(g), next(g), next(g))
print(g.gi_running, g.gi_suspended)
del g
print("after dropping c")

# States and close() at each point.
g = gen("d")
print(g.gi_suspended, g.gi_running)
next(g)
print(g.gi_suspended)
g.close()
print(g.gi_suspended, g.gi_running)
try:
    next(g)
except StopIteration:
    print("closed: StopIteration")
del g
print("after d")

g = gen("e")
next(g)
next(g)
g.close()
print("closed e")
del g


def resumer():
    g = gen("f")
    next(g)
    next(g)
    print(g.send(None))
    return g


kept = resumer()
print("kept", kept.gi_suspended)
kept = None
print("end")
