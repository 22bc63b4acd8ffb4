# WeakValueDictionary, WeakKeyDictionary and WeakSet mutated while being
# iterated: values and keys die mid-loop, entries are added and deleted.
# Deaths mid-loop are queued, so the loop never sees the table change
# under it, and no dead object is handed out. (A lookup inside the loop
# commits the queue: CPython's "dictionary changed size during
# iteration", caught here as CPython raises it.)
# expect-output: wvd ok
# expect-output: RuntimeError dictionary changed size during iteration
# expect-output: wkd ok
# expect-output: ws ok
import weakref


class V:
    def __init__(self, n):
        self.n = n


strong = [V(i) for i in range(50)]
d = weakref.WeakValueDictionary((i, v) for i, v in enumerate(strong))
for k, v in d.items():
    if k % 3 == 0:
        strong[k] = None
    assert v.n == k
del v
print("wvd", "ok" if all(v.n % 3 for v in d.values()) else "bad")
try:
    for k in d:
        strong[k] = None
        d.get(k)
except RuntimeError as e:
    print("RuntimeError", e)

keys = [V(i) for i in range(50)]
wk = weakref.WeakKeyDictionary((k, k.n) for k in keys)
for k, v in wk.items():
    keys[(v + 7) % 50] = None
    assert k.n == v
del k
print("wkd", "ok" if all(k.n == v for k, v in wk.items()) else "bad")

items = [V(i) for i in range(50)]
ws = weakref.WeakSet(items)
for x in ws:
    items.clear()
    assert isinstance(x, V)
del x
print("ws", "ok" if len(ws) == 0 else "bad %d" % len(ws))
