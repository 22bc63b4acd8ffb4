# Which objects accept weak references, and CPython's refusal text.
import re
import weakref


class C:
    def method(self):
        pass


def f():
    pass


def gen():
    yield 1


values = [C(), f, C, set(), frozenset(), gen(), re.compile("a"), len,
          [].append, int, lambda: 0, C().method,
          1, "s", (1,), [1], {}, None, 1.5, b"x", True, 2 ** 100, 1j,
          range(3), object(), iter([]), slice(1), Exception(), bytearray()]
for v in values:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print(type(v).__name__, "TypeError", e)
try:
    weakref.ref(weakref.ref(C))
except TypeError as e:
    print("TypeError", e)
try:
    weakref.proxy(5)
except TypeError as e:
    print("TypeError", e)
