def worker(name):
    print(name, "start")
    try:
        while True:
            try:
                job = yield
                print(name, "job", job)
            except KeyError as e:
                print(name, "skipping", e)
    finally:
        print(name, "cleanup")
w = worker("w1"); next(w)
w.send(1); w.throw(KeyError("k")); w.send(2)
w.close(); w.close()
print(w.gi_running if hasattr(w, "gi_running") else "n/a")
try:
    w.send(3)
except StopIteration:
    print("closed gen StopIteration")
w2 = worker("w2"); next(w2)
try:
    w2.throw(ZeroDivisionError, ZeroDivisionError("zd"))
except ZeroDivisionError as e:
    print("propagated", e)
g = (i for i in range(3))
print(next(g)); g.close(); print(list(g))
def never_started():
    try:
        yield 1
    finally:
        print("never printed")
n = never_started(); n.close(); print("closed unstarted")
try:
    n.throw(RuntimeError("x"))
except RuntimeError as e:
    print("unstarted throw", e)
