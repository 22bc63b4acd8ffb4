# repr/str of user objects in containers: raising, recursive containers, nesting.
class Bad:
    def __repr__(self): raise ValueError("repr failed")
try:
    print([Bad()])
except ValueError as e:
    print("ValueError", e)
try:
    f"{Bad()!r}"
except ValueError as e:
    print("ValueError", e)
try:
    str({"k": Bad()})
except ValueError as e:
    print("ValueError", e)
class SelfRef:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"SelfRef({self.items})"
l = [1]
l.append(l)
d = {}
d["me"] = d
print(l, d)
class ExcStr(Exception):
    def __str__(self): return 42
try:
    str(ExcStr())
except TypeError as e:
    print("TypeError", e)
class Wrapper:
    def __init__(self, inner): self.inner = inner
    def __repr__(self): return f"Wrapper({self.inner!r})"
    def __str__(self): return f"<{self.inner}>"
w = Wrapper(Wrapper("x"))
print(w, repr(w), [w], str([w]), f"{w}", "%s|%r" % (w, w))
t = (Wrapper(1),)
print(t, str(t), "%s" % (t,))
import json
class J:
    def __repr__(self): return "J()"
try:
    json.dumps([J()])
except TypeError as e:
    print("TypeError", e)
