# A generator that handles a thrown exception and returns ends throw() with
# StopIteration carrying the return value.
def summing():
    total = 0
    try:
        while True:
            total += yield total
    except GeneratorExit:
        raise
    except LookupError:
        return total


s = summing()
next(s)
s.send(5)
s.send(10)
try:
    s.throw(IndexError)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def plain():
    try:
        yield 1
    except KeyError:
        pass


p = plain()
next(p)
try:
    p.throw(KeyError)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
