# __name__ and __qualname__ of generators, and the shape of their repr.
def produce():
    yield 1


def factory():
    def nested():
        yield 2
    return nested()


g = produce()
n = factory()
print(g.__name__, g.__qualname__)
print(n.__name__, n.__qualname__)
print(repr(n).startswith("<generator object factory.<locals>.nested at 0x"))
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, repr(g).startswith("<generator object Some.renamed at "))
for value in (1, None):
    try:
        g.__name__ = value
    except TypeError as e:
        print("TypeError", e)
try:
    g.__qualname__ = b"x"
except TypeError as e:
    print("TypeError", e)
try:
    del g.__name__
except TypeError as e:
    print("TypeError", e)
try:
    g.custom = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    g.gi_running = True
except AttributeError as e:
    print("AttributeError", e)


def f():
    yield


f.__name__ = "from_function"
print(f().__name__, f().__qualname__)
