# A generator that swallows GeneratorExit and loops: closing it after the
# limit (when the run ends, or when it is collected) runs no Python.
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
while True:
    pass
