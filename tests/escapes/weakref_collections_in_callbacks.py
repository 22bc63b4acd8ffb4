# Callbacks that allocate heavily (collections run inside them while
# other references are being cleared), over many referents dying at once
# and in a loop: no reference may dangle, every callback runs once.
# expect-output: batch 500 500
# expect-output: loop 300
# expect-output: end
import weakref


class C:
    pass


calls = []


def heavy(ref):
    calls.append(ref)
    junk = [[i] * 10 for i in range(2000)]
    assert ref() is None


objs = [C() for _ in range(500)]
refs = [weakref.ref(o, heavy) for o in objs]
del objs
print("batch", len(calls), sum(r() is None for r in refs))
calls.clear()
for i in range(300):
    o = C()
    refs.append(weakref.ref(o, heavy))
    o = None
print("loop", len(calls))
print("end")
