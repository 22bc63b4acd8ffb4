# iter(obj), iter(callable, sentinel), next with and without a default.
def show(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)

it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
ci = iter(tick, 4)
print(type(ci).__name__, iter(ci) is ci, list(ci), list(ci), next(ci, "done"))
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
src = iter([1, 2, 3, 1.0, 5])
print(list(iter(lambda: next(src), 1.0)), list(src))
print(next(iter("xyz")), next(iter(range(5, 9))), next(iter({"k": 1})), next(iter((7,))))
print(next(reversed([1, 2])), next(enumerate("q")), next(zip("a", "b")))
g = (x for x in [1])
print(next(g), next(g, "gen done"))
show("next list", next, [1])
show("next int", next, 5)
show("next str", next, "abc")
show("next exhausted", next, iter([]))
show("next noargs", next)
show("next three", next, iter([]), 1, 2)
show("next kw", next, iter([]), default=1)
show("iter int", iter, 5)
show("iter none", iter, None)
show("iter not callable", iter, 5, 1)
show("iter noargs", iter)
show("iter three", iter, 1, 2, 3)
show("iter kw", iter, [], sentinel=1)
def bad():
    raise ValueError("inside")
show("callable raises", next, iter(bad, 0))
