import re


async def f():
    return 1


class K:
    async def method(self):
        pass


c = f()
print(type(c).__name__)
print(c.__name__, c.__qualname__)
print(c.cr_running, c.cr_suspended)
print(c.cr_origin)
print(re.sub(r' at 0x[0-9a-f]+', '', repr(c)))
m = K().method()
print(m.__qualname__)
m.__name__ = "renamed"
print(m.__name__)
try:
    m.__qualname__ = 3
except TypeError as e:
    print("TypeError", e)
try:
    c.cr_running = True
except AttributeError as e:
    print("AttributeError", e)
try:
    c.nope
except AttributeError as e:
    print("AttributeError", e)
print(hasattr(c, "__await__"), hasattr(c, "__iter__"), hasattr(c, "__next__"))
c.close()
m.close()
print(c.cr_suspended)
