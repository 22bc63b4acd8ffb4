# Closing a generator that swallows GeneratorExit and loops, before any
# limit: close() itself spins, and the instruction limit ends it.
# args: --max-instructions 1000000
# limit: instructions
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        while True:
            pass

g = stubborn()
next(g)
try:
    g.close()
except BaseException:
    print("caught")
