# Exceptions inside generators propagate to the consumer.
def parse_numbers(items):
    for item in items:
        yield int(item)


g = parse_numbers(["1", "2", "x", "4"])
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "generator is finished after an exception"))


def guarded(items):
    for item in items:
        try:
            yield 10 // item
        except ZeroDivisionError:
            yield "div by zero"


print(list(guarded([5, 0, 2])))


def thrower():
    try:
        yield 1
    except KeyError as e:
        yield f"caught {e!r}"
    yield 3


t = thrower()
print(next(t), t.throw(KeyError("k")), next(t))
try:
    t.throw(ValueError("outside"))
except ValueError as e:
    print("ValueError", e)


def stop_inside():
    yield 1
    raise StopIteration("bad")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)
