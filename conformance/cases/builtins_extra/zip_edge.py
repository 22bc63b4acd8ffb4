# zip: any number of iterables, strict mode errors, laziness and exhaustion order.
def show(label, f, *args, **kwargs):
    try:
        print(label, list(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip("ab", "cd", "ef", "gh")))
print(list(zip(range(3), range(10, 13), strict=True)), list(zip(strict=False)), list(zip("ab", strict=0)))
print(dict(zip("abc", range(3))), list(zip(*[(1, 2), (3, 4), (5, 6)])))
it = iter([1, 2, 3, 4])
print(list(zip(it, "ab")), list(it))
z = zip("ab", [1, 2])
print(isinstance(z, zip), iter(z) is z, next(z), list(z), list(z), type(z).__name__)
show("shorter 2", zip, [1, 2], [3], strict=True)
show("longer 2", zip, [1], [3, 4], strict=True)
show("shorter 3", zip, [1, 2], [3, 4], [5], strict=True)
show("longer 3", zip, [1], [3], [4, 5], strict=True)
show("longer 4", zip, [1], [3], [4], [6, 7], strict=True)
show("empty strict", zip, [], [], strict=True)
show("first empty strict", zip, [], [1], strict=True)
show("strict truthy", zip, "ab", "c", strict="yes")
show("not iterable", zip, [1], 5)
show("not iterable first", zip, None, [1])
show("bad kw", zip, [1], [2], foo=True)
seen = []
def gen(name, n):
    for i in range(n):
        seen.append((name, i))
        yield i
print(list(zip(gen("a", 2), gen("b", 3))), seen)
seen.clear()
show("strict seen", zip, gen("a", 3), gen("b", 2), strict=True)
print(seen)
def boom():
    yield 1
    raise ValueError("boom")
show("strict raises", zip, boom(), [1, 2], strict=True)
