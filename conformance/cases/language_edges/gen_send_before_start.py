# send() of a non-None value to a just-started generator, and what a
# started, finished or closed generator does with send/next.
def counter():
    total = 0
    while True:
        received = yield total
        if received is None:
            break
        total += received
    return total


g = counter()
try:
    g.send(5)
except TypeError as e:
    print("TypeError", e)
print(g.send(None))
print(g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.value, e.args)

g = counter()
g.close()
try:
    next(g)
except StopIteration as e:
    print("closed then next", e.value, e.args)
try:
    g.send(7)
except StopIteration as e:
    print("closed then send", e.args)

g = counter()
try:
    g.send(0)
except TypeError as e:
    print("TypeError", e)
try:
    g.send()
except TypeError as e:
    print("TypeError", e)
try:
    g.send(1, 2)
except TypeError as e:
    print("TypeError", e)
