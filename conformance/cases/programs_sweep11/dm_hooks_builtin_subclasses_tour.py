class Meta:
    pass
class A:
    x = 1
    def __init_subclass__(cls, /, **kw):
        print("init_subclass", cls.__name__, kw)
    def __class_getitem__(cls, item):
        return f"A[{item!r}]"
    def __set_name__(self, owner, name):
        pass
print(A[int], A["x"])
class B(A, flag=1): pass
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, v):
        obj.__dict__[self.name] = v * 2
class C:
    a = D()
    b = D()
c = C(); c.a = 5
print(c.a, c.b, C.a.name)
class W:
    def __getattr__(self, name):
        if name.startswith("_"): raise AttributeError(name)
        return name.upper()
w = W(); print(w.foo, getattr(w, "_x", "dflt"), hasattr(w, "__len__"))
class S:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError(f"no {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
print(S().secret, S().other)
class L(list):
    def __repr__(self): return "L" + super().__repr__()
l = L([3, 1]); l.sort(); print(l, l + [1], type(l + [1]).__name__, l * 2, type(l[:1]).__name__)
class Dd(dict):
    def __missing__(self, k): return k * 2
print(Dd(a=1)["zz"], Dd().get("q"), "q" in Dd())
class St(str):
    def shout(self): return self.upper() + "!"
s = St("hi"); print(s.shout(), s + "x", type(s + "x").__name__, repr(s), f"{s:>5}", s == "hi", {s: 1}["hi"])
class I(int):
    def __repr__(self): return f"I({int(self)})"
print(I(5) + 1, type(I(5) + 1).__name__, repr(I(3)), str(I(3)), f"{I(3)}", I(3) == 3, -I(2))
class Fl(float): pass
print(Fl(1.5), repr(Fl(2)), Fl(1.5) * 2, type(Fl(2) * 2).__name__, Fl("3.5").is_integer())
class T(tuple):
    def __new__(cls, a, b): return super().__new__(cls, (a, b))
t = T(1, 2); print(t, len(t), t[0], type(t).__name__, t + (3,))
class E(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code
e = E("m", 3); print(e, repr(e), e.args, e.code)
class E2(Exception): pass
print(repr(E2()), repr(E2(1, 2)), str(E2(1, 2)), str(E2()), repr(E2("a")), str(KeyError("k")), str(KeyError("k", 1)))
print(repr(ValueError("a", "b")), repr(OSError(2, "x")), str(OSError(2, "x", "f")), repr(StopIteration(5)))
print(repr(SystemExit(1)), repr(KeyboardInterrupt()), BaseException.__name__, issubclass(E2, BaseException))
print(repr(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")), str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")))
