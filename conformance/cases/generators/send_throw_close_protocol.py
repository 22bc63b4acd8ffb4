def echo():
    log = []
    try:
        while True:
            try:
                x = yield len(log)
                log.append(x)
                print("got", x)
            except ValueError as e:
                print("caught ValueError", e)
                log.append("VE")
    finally:
        print("finally, log =", log)

g = echo()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError, "two"))
print(g.send(None))
g.close()
print("closed")
try:
    g.send(1)
except StopIteration as e:
    print("StopIteration after close", repr(e.value))
g2 = echo()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError", e)
print(next(g2))
try:
    g2.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
try:
    next(g2)
except StopIteration:
    print("exhausted")

def returns():
    x = yield 1
    return x * 2
g3 = returns()
next(g3)
try:
    g3.send(21)
except StopIteration as e:
    print("value", e.value, e.args)

def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        yield 2
g4 = closer()
next(g4)
try:
    g4.close()
except RuntimeError as e:
    print("RuntimeError", e)

def closer2():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
g5 = closer2(); next(g5)
try:
    g5.close()
except ValueError as e:
    print("ValueError", e)
g6 = closer2()
g6.close()
print("close unstarted ok")
try:
    g6.throw(TypeError("late"))
except TypeError as e:
    print("throw into closed:", e)
def gen_ret():
    try:
        yield 1
    finally:
        return "swallowed"
g7 = gen_ret(); next(g7)
try:
    g7.throw(ZeroDivisionError)
except StopIteration as e:
    print("finally-return gives StopIteration", e.value)
