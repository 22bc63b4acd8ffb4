order = []


def inner():
    try:
        yield "i1"
        yield "i2"
    finally:
        order.append("inner finally")


def middle():
    try:
        yield from inner()
    finally:
        order.append("middle finally")


def outer():
    try:
        yield from middle()
        yield "o"
    except GeneratorExit:
        order.append("outer saw GeneratorExit")
        raise
    finally:
        order.append("outer finally")


g = outer()
print(next(g))
g.close()
print(order)
order.clear()
g = outer()
print(list(g), order)
order.clear()
g = outer()
next(g)
try:
    g.throw(ValueError("x"))
except ValueError as e:
    print("ValueError", e, order)
