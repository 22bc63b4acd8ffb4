def inner():
    try:
        yield "i1"
    finally:
        print("inner finally")
def outer():
    yield from inner()
g = outer()
print(next(g))
g.throw(ValueError("thrown into outer"))
