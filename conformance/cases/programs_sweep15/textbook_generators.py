def countdown(n):
    print("start countdown", n)
    try:
        while n > 0:
            got = yield n
            if got is not None:
                print("  received", got)
                n = got
            else:
                n -= 1
    finally:
        print("countdown cleanup at", n)
    return "liftoff"

g = countdown(3)
print(next(g), next(g), g.send(5), next(g))
g.close()
print(list(countdown(2)))
def wrapper():
    result = yield from countdown(2)
    print("inner returned", result)
    yield "after"
print(list(wrapper()))
g = countdown(10)
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("ValueError:", e)
print(next(g, 'exhausted'))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)), next(x for x in fib() if x > 1000))
def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
print(list(itertools.takewhile(lambda p: p < 60, primes())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x; count += 1
        avg = total / count
ra = running_avg(); next(ra)
print([ra.send(x) for x in [10, 20, 30, 5]])
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks("abcdefgh", 3)), list(chunks([1, 2, 3, 4], 2)))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen), list(gen))
g2 = (x for x in [1, 2])
print(next(g2), next(g2), next(g2, None))
try:
    next(g2)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def ret_gen():
    yield 1
    return 99
it = ret_gen(); next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
class Range2:
    def __init__(self, lo, hi): self.lo, self.hi = lo, hi
    def __iter__(self):
        cur = self.lo
        while cur < self.hi:
            yield cur
            cur += 2
r = Range2(1, 10)
print(list(r), list(r), 5 in r, 4 in r, sorted(r, reverse=True))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), list(zip(Countdown(3), "abc")), dict(enumerate(Countdown(2), 1)))
def pipeline():
    nums = range(1, 21)
    evens = (n for n in nums if n % 2 == 0)
    squares = (n * n for n in evens)
    labeled = (f"{i}:{s}" for i, s in enumerate(squares))
    return list(labeled)
print(pipeline())
g = countdown(1)
print(g.gi_running, g.gi_frame is not None if False else '', next(g), g.gi_running)
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
print(next(g, 'again'))
def gen_with_exc():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
ge = gen_with_exc(); next(ge); ge.close(); ge.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
bc = bad_close(); next(bc)
try:
    bc.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def g3():
    x = yield
    print("got", x)
g3i = g3()
try:
    g3i.send(1)
except TypeError as e:
    print("TypeError:", e)
