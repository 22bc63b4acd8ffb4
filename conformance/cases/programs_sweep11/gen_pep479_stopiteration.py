def first_items(iters):
    for it in iters:
        yield next(it)


try:
    print(list(first_items([iter([1]), iter([]), iter([3])])))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def explicit():
    yield 1
    raise StopIteration("manual")


try:
    list(explicit())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


def safe_first(iters):
    for it in iters:
        try:
            yield next(it)
        except StopIteration:
            yield None


print(list(safe_first([iter([1]), iter([]), iter("z")])))


def gen_return():
    yield 1
    return "value"


g = gen_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args)
it = iter([])
print(next(it, "default"))
print(list(x for x in map(int, "123")))
