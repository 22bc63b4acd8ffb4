# throw() on a generator paused in `yield from` is passed to the
# sub-generator first; what the sub-generator does not handle reaches the
# delegating generator at its `yield from`.
def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("inner handled", e)
        yield "i-recovered"
        return "inner result"
    finally:
        print("inner finally")


def outer():
    try:
        result = yield from inner()
        print("outer got", result)
        yield "o-after"
    except ValueError as e:
        print("outer handled", e)
        yield "o-recovered"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))

g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g, "end"))


def levels(n):
    if n == 0:
        try:
            yield "bottom"
        except KeyError:
            print("bottom handled")
            return "bottom done"
    else:
        r = yield from levels(n - 1)
        return f"{r} < {n}"


g = levels(3)
print(next(g))
try:
    g.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value)
