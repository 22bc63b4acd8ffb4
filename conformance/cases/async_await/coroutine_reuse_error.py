async def f():
    return 42


c = f()
try:
    c.send(None)
except StopIteration as e:
    print("first:", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    c.throw(ValueError)
except RuntimeError as e:
    print("RuntimeError", e)
print(c.close())


async def g():
    c2 = f()
    await c2
    await c2


try:
    g().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
