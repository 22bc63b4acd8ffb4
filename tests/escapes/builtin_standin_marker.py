# Built-in stand-ins (vm/objects/function.h kBuiltinStandInType): moat's
# Python functions that CPython has in C (heapq.heappush, cmath.sqrt...).
# The marker that makes them, _builtin_function, exists only while a frozen
# module's body runs; no module keeps it, and it would refuse a script's
# own functions anyway. A stand-in gives nothing a function hides: no code,
# globals, closure, defaults or dict, no way to make one or change its type.
import bisect
import cmath
import functools
import heapq
import re

for mod in (bisect, cmath, functools, heapq, re):
    print(mod.__name__, hasattr(mod, '_builtin_function'))
try:
    from heapq import _builtin_function
except ImportError as e:
    print('ImportError', e)

f = heapq.heappush
for name in ('__code__', '__globals__', '__closure__', '__builtins__', '__defaults__',
             '__kwdefaults__', '__dict__', '__annotations__', '__self__'):
    try:
        object.__getattribute__(f, name)
        print(name, 'exposed')
    except AttributeError as e:
        print(e)
try:
    f.__class__ = type(lambda: None)
except (AttributeError, TypeError) as e:
    print(e)
try:
    type(f)()
except TypeError as e:
    print(e)
try:
    class Sub(type(f)):
        pass
except TypeError as e:
    print(e)
print(type(f) is type(lambda: None), type(f).__name__)
# expect-output: bisect False
# expect-output: cmath False
# expect-output: functools False
# expect-output: heapq False
# expect-output: re False
# expect-output: ImportError cannot import name '_builtin_function' from 'heapq' (unknown location)
# expect-output: '__code__' is not available in the sandbox
# expect-output: '__globals__' is not available in the sandbox
# expect-output: '__closure__' is not available in the sandbox
# expect-output: '__builtins__' is not available in the sandbox
# expect-output: '__defaults__' is not available in the sandbox
# expect-output: '__kwdefaults__' is not available in the sandbox
# expect-output: 'builtin_function_or_method' object has no attribute '__dict__'
# expect-output: 'builtin_function_or_method' object has no attribute '__annotations__'
# expect-output: '__self__' is not available in the sandbox
# expect-output: __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: cannot create 'builtin_function_or_method' instances
# expect-output: type 'builtin_function_or_method' is not an acceptable base type
# expect-output: False builtin_function_or_method
