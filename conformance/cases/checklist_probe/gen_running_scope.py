def reentrant():
    yield g.send(None)
g = reentrant()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def self_close():
    g2.close()
    yield 1
g2 = self_close()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
def self_throw():
    g3.throw(KeyError)
    yield
g3 = self_throw()
try:
    next(g3)
except ValueError as e:
    print(type(e).__name__, e)
def state():
    print("running inside:", gs.gi_running)
    yield 1
gs = state()
print(gs.gi_running, gs.__name__, gs.__qualname__)
next(gs)
print(gs.gi_running)
gs.close()
def inner_fn():
    def nested_gen():
        yield 1
    return nested_gen()
print(inner_fn().__qualname__)
x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))
nums = [1, 2, 3]
gen = (n for n in nums)
nums = [4, 5]
print(list(gen))
try:
    gen = (y for y in undefined_name)
except NameError as e:
    print(type(e).__name__, e)
gen = (z for z in range(2) if undefined_later)
try:
    list(gen)
except NameError as e:
    print(type(e).__name__, e)
try:
    g4 = (a for a in 5)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    val = 5
    items = [val for _ in range(1)] if False else None
    try:
        lst = [val * i for i in range(2)]
    except NameError as e:
        print("class comprehension", type(e).__name__, e)
    first = [i * 2 for i in range(val)]
print(K.first)
print(list((i, j) for i in range(3) for j in range(i)))
ge = (i for i in range(3))
print(next(ge), list(ge), list(ge))
ge = (i for i in range(3))
print(sum(ge), sum(ge))
def g5():
    return (yield)
it = g5()
next(it)
try:
    it.send(99)
except StopIteration as e:
    print("StopIteration value", e.value)
print(type(ge).__name__, ge.gi_code.co_name if False else "")
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
lst = [lambda i=i: i for i in range(3)]
print([f() for f in lst])
g = (x for x in [1])
g.send(None)
g.send(5)
