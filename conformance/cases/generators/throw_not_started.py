# Throwing into a generator that has not started: no code of the body runs
# (not even finally), the exception propagates and the generator is done.
def body():
    print("body started")
    try:
        yield 1
    finally:
        print("finally (never printed)")


g = body()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted"))
print(list(g))
g.close()
print("closed")
