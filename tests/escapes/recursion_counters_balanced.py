# The recursion limit counts Python frames and the native steps CPython
# counts (repr, str, comparisons, calls from print and stream writes) on one
# budget. A researcher looks for a path that leaks a step: raise and catch
# RecursionError fifty times through each of repr, str, ==, format, hash,
# print, generators and repr-inside-print, lower the limit in the middle of
# a recursion, blow a 100000-deep list repr, raise RecursionError from
# __del__; after each, a plain recursion must reach exactly the depth it
# reached before (a leaked step would make it shallower every time). Only
# the outcome is printed: which guard fires first (and so the message)
# depends on the build's native stack, smaller under the sanitizers.
import sys
def depth():
    n = 0
    def f():
        nonlocal n
        n += 1
        f()
    try:
        f()
    except RecursionError:
        pass
    return n
base = depth()
class R:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
class C:
    def __eq__(self, o): return self == o
class Fm:
    def __format__(self, spec): return format(self, spec)
class H:
    def __hash__(self): return hash(self)
class P:
    def __repr__(self):
        print(self)
        return "x"
def gen():
    yield from gen()
results = []
for label, f in [("repr", lambda: repr(R())), ("str", lambda: str(S())), ("eq", lambda: C() == C()),
                 ("format", lambda: format(Fm(), "")), ("hash", lambda: hash(H())),
                 ("print", lambda: print(P())), ("gen", lambda: next(gen())),
                 ("repr in print", lambda: print(R()))]:
    for _ in range(50):
        try:
            f()
        except RecursionError as e:
            msg = str(e)
    results.append((label, msg.startswith("maximum recursion depth exceeded"), depth() == base))
for r in results: print(r)
# sys.setrecursionlimit in the middle of a repr recursion
class Mid:
    n = 0
    def __repr__(self):
        Mid.n += 1
        if Mid.n == 50:
            sys.setrecursionlimit(200)
        return repr(self)
try:
    repr(Mid())
except RecursionError as e:
    print("mid", type(e).__name__)
sys.setrecursionlimit(1000)
print(depth() == base)
# deep list nesting repr: native
x = []
for i in range(100000):
    x = [x]
try:
    repr(x)
except RecursionError as e:
    print("deep list", type(e).__name__)
print(depth() == base)
# __del__ raising RecursionError inside recursion
class D:
    def __del__(self):
        def g(): g()
        g()
def h(k):
    D()
    if k: h(k - 1)
h(5)
print(depth() == base)
# expect-output: ('repr', True, True)
# expect-output: ('str', True, True)
# expect-output: ('eq', True, True)
# expect-output: ('format', True, True)
# expect-output: ('hash', True, True)
# expect-output: ('print', True, True)
# expect-output: ('gen', True, True)
# expect-output: ('repr in print', True, True)
# expect-output: mid RecursionError
# expect-output: True
# expect-output: deep list RecursionError
# expect-output: True
# expect-output: True
