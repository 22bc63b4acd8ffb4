# all() and any(): short-circuit, laziness, truthiness of odd values, errors.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

seen = []
def gen(values):
    for v in values:
        seen.append(v)
        yield v

print(all([]), any([]), all(()), any(""), all(""), any("a"))
print(all(gen([1, 2, 0, 3])), seen)
seen.clear()
print(any(gen([0, "", None, 5, 6])), seen)
seen.clear()
print(all(gen([1, 2, 3])), seen)
print(all([[], [1]]), any([[], {}]), any([0.0, -0.0, 0]), all([1, 1.5, "x", (0,)]))
print(all(x > 0 for x in range(1, 100)), any(x > 98 for x in range(100)))
print(all({0: 1}), any({0: 1, 1: 0}), all(range(1, 5)), any(range(0)))
print(all(map(bool, [1, 2])), any(filter(None, [0, 0, 3])))
show("int", all, 5)
show("none", any, None)
show("noargs", all)
show("two", any, [1], [2])
show("kw", all, iterable=[1])

def boom():
    yield 1
    raise ValueError("stop here")
show("raises", all, boom())
show("raises_any", any, boom())
