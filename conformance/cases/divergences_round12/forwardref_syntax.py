# typing.ForwardRef checks its text as an expression, as CPython compiles it.
import typing
from typing import ForwardRef, get_type_hints
for s in ['1 +', 'int,', ' int', 'int ', 'x y', '', 'def', 'lambda: 1', '(', 'a b c', '*Ts', 'yield 1', 'List[int', 'int\n', '\tint', 'a := 1', '1 if 2', 'await x', '[x for x in y]']:
    try:
        r = ForwardRef(s)
        print(repr(s), 'ok', r)
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for a in [1, None, b'x', int]:
    try:
        ForwardRef(a)
    except Exception as e:
        print(type(e).__name__, e)
def f(x: '1 +'): pass
try:
    get_type_hints(f)
except Exception as e:
    print(type(e).__name__, e)
class C:
    a: 'not valid ('
try:
    get_type_hints(C)
except Exception as e:
    print(type(e).__name__, e)
def g(x: 'undefined_name'): pass
try:
    get_type_hints(g)
except Exception as e:
    print(type(e).__name__, e)
def h(x: 'int'): pass
print(get_type_hints(h))
