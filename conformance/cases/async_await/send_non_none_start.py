async def f():
    return 1


c = f()
try:
    c.send(5)
except TypeError as e:
    print("TypeError", e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send()
except TypeError as e:
    print("TypeError", e)
try:
    c.throw()
except TypeError as e:
    print("TypeError", e)
try:
    c.close(1)
except TypeError as e:
    print("TypeError", e)
