class R:
    def __repr__(self): return 5
try: repr(R())
except TypeError as e: print(e)
try: str(R())
except TypeError as e: print(e)
try: print(R())
except TypeError as e: print(e)
class S:
    def __str__(self): return None
try: str(S())
except TypeError as e: print(e)
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(str(OnlyRepr()), f"{OnlyRepr()}", "%s" % OnlyRepr(), [OnlyRepr()], format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return "OnlyStr!"
print(str(OnlyStr()), f"{OnlyStr()!s}", [str(OnlyStr())])
try: format(OnlyRepr(), "10")
except TypeError as e: print(e)
try: f"{object():>5}"
except TypeError as e: print(e)
class Fmt:
    def __format__(self, spec):
        return f"<{spec}>"
print(format(Fmt(), "x"), f"{Fmt():abc}", "{:q}".format(Fmt()), f"{Fmt()!r:5}" if False else "")
class BadFmt:
    def __format__(self, spec): return 1
try: format(BadFmt())
except TypeError as e: print(e)
class Sub(str):
    def __str__(self): return "substr"
print(str(Sub("x")), f"{Sub('x')}", "%s" % Sub("x"), Sub("x") + "y", print(Sub("q")))
class IntSub(int):
    def __repr__(self): return "IntSub!"
print(IntSub(3), str(IntSub(3)), f"{IntSub(3)}", f"{IntSub(3):05}", "%d" % IntSub(3), repr(IntSub(3)))
class FloatSub(float):
    def __str__(self): return "FS"
print(FloatSub(1.5), f"{FloatSub(1.5)}", repr(FloatSub(1.5)), "%s" % FloatSub(2.5), "%r" % FloatSub(2.5))
class Recur:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"Recur({self.items})"
l = [1]; l.append(l)
print(l)
d = {}; d["self"] = d
print(d)
class B:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B()), "yes" if B() else "no", not B())
class L0:
    def __len__(self): return 0
print(bool(L0()), [x for x in [L0()] if x])
print(repr(object()).startswith("<object object"), repr(R).startswith("<class"), str(R))
print(repr(int), repr(ValueError), repr(type(None)), repr(type))
class Q:
    class Inner: pass
print(repr(Q.Inner), Q.Inner().__class__.__name__, type(Q.Inner()).__qualname__)
print(ascii("é"), ascii(["é"]), repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\n\t\x00\x7f"))
