# throw() into generators that have not started, have finished, or catch it.
def simple():
    yield 1
    yield 2


g = simple()
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted raises", e)
try:
    next(g)
except StopIteration:
    print("finished after throw before start")

g = simple()
list(g)
try:
    g.throw(KeyError("late"))
except KeyError as e:
    print("finished raises", repr(e))

def catching():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"caught {e}"

g = catching()
print(next(g))
print(g.throw(ValueError("one")))
print(next(g))
print(next(g))
print(g.throw(ValueError, "two"))
print(next(g))
print(g.throw(ValueError))
print(next(g))
try:
    g.throw(TypeError, TypeError("x"), None)
except TypeError as e:
    print("TypeError", e)

g = simple()
next(g)
try:
    g.throw(1)
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(ValueError("a"), ValueError("b"))
except TypeError as e:
    print("TypeError", e)
try:
    g.throw(ValueError, 5, "not tb")
except TypeError as e:
    print("TypeError", e)
print(next(g))
