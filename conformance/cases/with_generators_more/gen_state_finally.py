def g():
    print("  start")
    try:
        yield 1
        print("  after 1")
        yield 2
    finally:
        print("  finally")
    print("  end")
it = g()
print("created")
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("stopped")
def with_return_in_finally():
    try:
        yield 1
    finally:
        return "finally-return"
h = with_return_in_finally()
next(h)
try:
    next(h)
except StopIteration as e:
    print("value", e.value)
def raiser():
    yield 1
    raise ValueError("inside gen")
r = raiser()
print(next(r))
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
try:
    next(r)
except StopIteration:
    print("dead after exception")
def counter():
    i = 0
    while True:
        i += 1
        yield i
c = counter()
for v in c:
    if v == 3:
        break
print("resume after break", next(c))
c.close()
def reentrant():
    x = yield
    try:
        while True:
            x = yield x * 2
    except GeneratorExit:
        print("  closing with last x", x)
        raise
r2 = reentrant()
next(r2)
print(r2.send(5), r2.send(6))
r2.close()
def gen_in_gen():
    for i in range(3):
        yield (j for j in range(i))
print([list(x) for x in gen_in_gen()])
def lazy_error():
    raise KeyError("only on first next")
    yield
lz = lazy_error()
print("made generator without error")
try:
    next(lz)
except KeyError as e:
    print(type(e).__name__, e)
