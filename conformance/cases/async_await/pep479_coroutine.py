async def bad():
    raise StopIteration("escaped")


c = bad()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError", e)
    print(type(e.__cause__).__name__, e.__cause__)


async def also_bad():
    next(iter([]))


try:
    also_bad().send(None)
except RuntimeError as e:
    print("RuntimeError", e)
