# send/throw/close delegation through two levels of yield from, and the
# value of StopIteration from a return.
def inner():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
            if x == "stop":
                return received
    except ValueError as e:
        print("inner caught", e)
        return "from except"
    finally:
        print("inner finally")


def middle():
    value = yield from inner()
    print("middle got", value)
    return value


def outer():
    value = yield from middle()
    return ("outer", value)


g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value)

g = outer()
next(g)
try:
    g.throw(ValueError("bad"))
except StopIteration as e:
    print("after throw", e.value)

g = outer()
next(g)
g.send(1)
g.close()
print("closed")

def returns_stopiteration():
    return StopIteration("wrapped")
    yield

try:
    next(returns_stopiteration())
except StopIteration as e:
    print(type(e.value).__name__, e.value, e.args[0] is e.value)

def returns_tuple():
    return (1, 2)
    yield
try:
    next(returns_tuple())
except StopIteration as e:
    print(e.value, e.args)
