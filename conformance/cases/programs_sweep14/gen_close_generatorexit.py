# close() delivers GeneratorExit; what a generator may and may not do then.
def polite():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  polite: cleaning up")
        raise
    finally:
        print("  polite: finally")


def stubborn():
    for _ in range(2):
        try:
            yield "still here"
        except GeneratorExit:
            print("  stubborn: ignoring close")


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"


def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("cleanup failed")


g = polite()
print(next(g))
print(g.close(), g.close())
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("rest:", list(g))
g = returns_on_exit()
next(g)
print("close returns", g.close())
g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
unstarted = polite()
print(unstarted.close(), list(unstarted))
