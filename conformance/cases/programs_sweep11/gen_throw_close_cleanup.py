log = []


def worker(name):
    log.append(f"{name} start")
    try:
        while True:
            try:
                job = yield
                log.append(f"{name} got {job}")
            except ValueError as e:
                log.append(f"{name} recovered from {e}")
    except GeneratorExit:
        log.append(f"{name} closing")
        raise
    finally:
        log.append(f"{name} finally")


w = worker("w1")
next(w)
w.send("a")
w.throw(ValueError("bad job"))
w.send("b")
w.close()
w.close()
print("\n".join(log))
log.clear()
w2 = worker("w2")
next(w2)
try:
    w2.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(log)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)
g = (i for i in range(3))
print(next(g))
g.close()
print(list(g))
try:
    g.throw(TypeError, "late")
except TypeError as e:
    print("TypeError", e)
