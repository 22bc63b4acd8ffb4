import re


async def agen():
    yield 1


class Holder:
    async def items(self):
        yield "x"


a = agen()
print(type(a).__name__, a.__name__, a.__qualname__)
print(Holder().items().__qualname__)
print(a.ag_running)
print(re.sub(r' at 0x[0-9a-f]+', '', repr(a)))
for name in ["asend", "athrow", "aclose", "__aiter__", "__anext__"]:
    print(name, hasattr(a, name))
print(hasattr(a, "send"), hasattr(a, "__iter__"), hasattr(a, "__next__"))
try:
    a.ag_running = True
except AttributeError as e:
    print("AttributeError", e)
try:
    iter(a)
except TypeError as e:
    print("TypeError", e)
try:
    for x in a:
        pass
except TypeError as e:
    print("TypeError", e)
a.__name__ = "other"
print(a.__name__)
