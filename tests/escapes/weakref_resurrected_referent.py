# A referent whose __del__ resurrects it: CPython keeps its weak
# references alive (they are cleared only when it dies for good), so a
# reference must hand back the whole, resurrected object, never a freed
# or half-finalized one; when it dies again the references are cleared
# and called, and __del__ does not run twice.
# expect-output: __del__ 1
# expect-output: alive [1, 2, 3] True
# expect-output: callback True
# expect-output: end None
import weakref

saved = []
calls = []


class Phoenix:
    def __init__(self):
        self.data = [1, 2, 3]

    def __del__(self):
        calls.append(1)
        print("__del__", len(calls))
        saved.append(self)


p = Phoenix()
r = weakref.ref(p, lambda ref: print("callback", ref() is None))
del p
for i in range(3):
    junk = [object() for _ in range(2000)]
print("alive", r().data, r() is saved[0])
saved.clear()
for i in range(3):
    junk = [object() for _ in range(2000)]
print("end", r())
