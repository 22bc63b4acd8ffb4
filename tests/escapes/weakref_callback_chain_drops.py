# A callback that creates new weak references (to the dying object's
# dead reference's neighbours and to new objects) and drops the last
# reference to another referent, whose own callback then runs: every
# reference must end cleared or alive, never dangling.
# expect-output: cb a None
# expect-output: cb b None
# expect-output: new refs alive True True
# expect-output: count of keep 2
# expect-output: end True
import weakref


class C:
    pass


keep = C()
objs = {"a": C(), "b": C()}
made = []


def cb_a(ref):
    print("cb a", ref())
    made.append(weakref.ref(keep))
    made.append(weakref.ref(keep, lambda r: None))
    made.append(weakref.ref(C(), lambda r: None))
    del objs["b"]


def cb_b(ref):
    print("cb b", ref())
    made.append(weakref.proxy(keep))


ra = weakref.ref(objs["a"], cb_a)
rb = weakref.ref(objs["b"], cb_b)
del objs["a"]
print("new refs alive", made[0]() is keep, made[1]() is keep)
print("count of keep", weakref.getweakrefcount(keep) - 1)
print("end", all(r() is None for r in (ra, rb)))
