# The callback runs at the `del` of the last reference, before the next
# statement, with the (now dead) reference as its argument.
import weakref


class C:
    pass


def gone(ref):
    print("callback; referent is", ref())


c = C()
r = weakref.ref(c, gone)
print("before del")
del c
print("after del")
print(r.__callback__)
