# A generator that yields after GeneratorExit makes close() raise
# RuntimeError; the generator stays suspended at that yield.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("refusing to close")
    yield 2
    print("resumed after close")


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(g, "finished"))


def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")


s = swallow()
next(s)
print(s.close())
