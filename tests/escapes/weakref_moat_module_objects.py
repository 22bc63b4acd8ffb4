# Weak references to objects of moat's own modules (modules, their
# functions and classes, native objects): they answer the same objects,
# and a proxy does not open a way past the sandbox's refusals.
# expect-output: module True
# expect-output: AttributeError '__globals__' is not available in the sandbox
# expect-output: AttributeError '__code__' is not available in the sandbox
# expect-output: subclasses refused
# expect-output: pattern ['a', 'a']
# expect-output: deque [1, 2]
# expect-output: end
# expect-output: TypeError argument should be a bound method, not <class 'builtin_function_or_method'>
# expect-output: TypeError WeakMethod of a method bound to a 'Counter' object is not available in the sandbox
# expect-output: AttributeError module '_weakref' has no attribute '_method_parts'
# expect-output: AttributeError module 'weakref' has no attribute '_method_parts'
import collections
import json
import re
import weakref

rm = weakref.ref(json)
print("module", rm() is json)
p = weakref.proxy(json.dumps)
for name in ("__globals__", "__code__"):
    try:
        getattr(p, name)
    except AttributeError as e:
        print("AttributeError", e)
rc = weakref.ref(collections.OrderedDict)
try:
    rc().__subclasses__()
    print("subclasses handed out")
except (AttributeError, TypeError):
    print("subclasses refused")
pat = re.compile("a")
print("pattern", weakref.proxy(pat).findall("aba"))
dq = collections.deque([1, 2])
print("deque", list(weakref.ref(dq)()))
print("end")
# WeakMethod would hand over a bound method's object (`__self__` is
# withheld): only methods of the script's own objects are accepted.
import random
try:
    weakref.WeakMethod(random.Random(1).random)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(collections.Counter().most_common)
except TypeError as e:
    print("TypeError", e)
try:
    import _weakref
    _weakref._method_parts
except AttributeError as e:
    print("AttributeError", e)
try:
    weakref._method_parts
except AttributeError as e:
    print("AttributeError", e)
