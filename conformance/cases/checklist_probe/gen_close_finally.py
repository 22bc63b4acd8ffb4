def stubborn():
    try:
        yield 1
    finally:
        print("finally runs")
        yield 2

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(g.gi_frame is None if False else "skip")

def catches():
    while True:
        try:
            yield
        except GeneratorExit:
            print("got GeneratorExit")
            return "ret"
g = catches(); next(g)
print(g.close())
print(g.close())

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("in close")
g = raises_other(); next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)

def loop_break():
    for i in range(5):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in loop_break():
    print("v", v)
    if v == 1:
        break
gen = loop_break()
for v in gen:
    if v == 2:
        break
gen.close()
print("closed", gen.gi_running, gen.gi_suspended if hasattr(gen, "gi_suspended") else None)
g = stubborn()
g.close()
print("never started closed ok")
try:
    next(g)
except StopIteration:
    print("StopIteration after close")
def ret_in_finally():
    try:
        yield 1
    finally:
        return "swallowed"
g = ret_in_finally(); next(g)
print(g.close())
g = stubborn(); next(g)
g.close()
