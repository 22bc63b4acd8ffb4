# A function's locals die when it returns; a returned object survives.
import weakref


class C:
    pass


refs = []


def work(keep):
    a = C()
    b = C()
    refs.append(weakref.ref(a, lambda r: print("a died")))
    refs.append(weakref.ref(b, lambda r: print("b died")))
    print("returning")
    return b if keep else None


kept = work(True)
print("after first call", [r() is None for r in refs])
work(False)
print("after second call", [r() is None for r in refs])
del kept
print("after del", [r() is None for r in refs])
