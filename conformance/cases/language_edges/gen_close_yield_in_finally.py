# close() when the generator yields again from a finally block, and
# close() return value and exceptions.
def stubborn():
    try:
        yield 1
    finally:
        yield "from finally"


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    print(next(g, "exhausted"))
except GeneratorExit as e:
    print("GeneratorExit resurfaces", repr(e))

def ignores():
    ignored = False
    while True:
        try:
            yield
        except GeneratorExit:
            if ignored:
                print("second GeneratorExit passes")
                raise
            ignored = True
            print("ignoring GeneratorExit")

g = ignores()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print("second close", g.close())

def raises_other():
    try:
        yield
    finally:
        raise ValueError("in finally")

g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)

def returns_in_finally():
    try:
        yield 1
    finally:
        return "ret"

g = returns_in_finally()
next(g)
print("close returns", g.close())
print("close again", g.close())

g = stubborn()
print("close unstarted", g.close())
