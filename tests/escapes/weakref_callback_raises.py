# A callback that raises: CPython reports it on stderr ("Exception
# ignored in: <function ...>" and the traceback) and goes on; the
# exception must not leak into the script, nor replace one being raised.
# expect-output: dropped
# expect-output: caught KeyError 'outer'
# expect-output: end
import weakref


class C:
    pass


def bad(ref):
    raise ValueError("from callback")


c = C()
r = weakref.ref(c, bad)
del c
print("dropped")


def f():
    d = C()
    global r2
    r2 = weakref.ref(d, bad)
    raise KeyError("outer")


try:
    f()
except KeyError as e:
    print("caught KeyError", e)
print("end")
