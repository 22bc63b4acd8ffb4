# generator.close() called from a `finally:` after the limit: neither the
# finally nor the generator's GeneratorExit handler runs.
# args: --max-instructions 1000000
# limit: instructions
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("GeneratorExit caught")
            while True:
                pass

g = stubborn()
next(g)
try:
    while True:
        pass
finally:
    g.close()
