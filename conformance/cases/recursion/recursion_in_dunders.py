# RecursionError from recursive __repr__, __eq__, __getattr__, properties,
# __str__ and __hash__. Only the start of the message is printed: which of
# CPython's suffixes ("while calling a Python object") appears depends on
# which depth guard trips first, and moat's native guard measures the C++
# stack, whose frames are larger in sanitizer builds.
class SelfRef:
    def __init__(self): self.items = [self]
    def __repr__(self): return f"SelfRef({self.items})"
try:
    repr(SelfRef())
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
class Deep:
    def __init__(self, child=None): self.child = child
    def __eq__(self, o): return isinstance(o, Deep) and self.child == o.child
a = Deep(); a.child = a
b = Deep(); b.child = b
try:
    a == b
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
class P:
    @property
    def v(self): return self.v
try:
    P().v
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
def f(n): return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
class S:
    def __str__(self): return str(self)
try:
    str(S())
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
class H:
    def __hash__(self): return hash(self)
try:
    hash(H())
except RecursionError as e:
    print("RecursionError", str(e).startswith("maximum recursion depth exceeded"))
