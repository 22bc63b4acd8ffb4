# Entries dying while a weak container is iterated are queued until the
# last iteration ends; len() discounts them. At exit, live finalizers
# marked atexit run newest first, from a snapshot retaken when a
# finalizer is created meanwhile (a stale snapshot still calls one whose
# atexit was cleared after the snapshot was taken).
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "O%d" % self.n

    def __hash__(self):
        # A fixed hash makes the WeakSet's order independent of addresses.
        return self.n


objs = [Obj(i) for i in range(6)]
wk = weakref.WeakKeyDictionary((o, o.n) for o in objs)
it = iter(wk)
print(next(it), len(wk))
objs[3] = None
print(len(wk), len(wk.keyrefs()))
del wk[objs[4]]
objs[5] = None
print(len(wk))
it = None
print(len(wk), list(wk.values()))

wv = weakref.WeakValueDictionary(a=objs[0], b=objs[1], c=objs[2])
g = wv.items()
print(next(g))
objs[1] = None
print(len(wv), wv.get("b", "gone"), "b" in wv)
print(wv.setdefault("b", objs[0]), list(wv))
g.close()
print(sorted(wv), len(wv.valuerefs()))

members = [Obj(20 + i) for i in range(3)]
ws = weakref.WeakSet(members)
for i, x in enumerate(ws):
    x = None
    if i == 0:
        members[2] = None
    print("in loop", len(ws))
print(len(ws), sorted(ws, key=repr))

keep = [Obj(10 + i) for i in range(4)]
fins = []


def late(tag):
    print("late", tag)


def first(tag):
    print("exit", tag)
    fins[1].atexit = False
    fins[2].atexit = False


def spawner(tag):
    print("exit", tag)
    weakref.finalize(keep[3], late, "made during exit")


fins.append(weakref.finalize(keep[0], print, "exit", "oldest"))
fins.append(weakref.finalize(keep[1], print, "exit", "cleared, then left out of the new snapshot"))
fins.append(weakref.finalize(keep[2], spawner, "spawner"))
fins.append(weakref.finalize(keep[2], first, "newest"))
print([f.atexit for f in fins], [f.alive for f in fins])
