# A sub-iterator without a throw() method (a list iterator): the exception is
# raised at the delegating generator's `yield from`.
def outer():
    try:
        yield from [1, 2, 3]
    except KeyError as e:
        print("outer handled", e)
        yield "recovered"
    yield "last"


g = outer()
print(next(g), next(g))
print(g.throw(KeyError("k")))
print(list(g))

g = outer()
print(next(g))
try:
    g.throw(ValueError("not handled"))
except ValueError as e:
    print("ValueError", e)
print(next(g, "finished"))
g = outer()
next(g)
g.close()
print("closed", next(g, "finished"))
