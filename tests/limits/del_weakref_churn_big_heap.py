# Weak-reference churn over a big heap: every iteration drops an object
# a weak reference with a callback refers to, and finding it dead takes a
# collection of the whole heap (200,000 lists). Those prompt collections
# are bounded as a __del__'s are (vm/finalize.h: twice the script's own
# instructions plus a constant), so the run stays inside its budget; past
# the bound the callbacks wait for a regular collection or the end.
# args: --max-instructions 60000000
# limit: none
# expect-output: True
# expect-output: True
import weakref

big = [[i] for i in range(200000)]
count = 0


def cb(ref):
    global count
    count += 1


class R:
    pass


keep = []
x = None
for _ in range(3000):
    x = R()
    keep.append(weakref.ref(x, cb))
x = None
print(count > 0)
print(count <= 3000)
