def g():
    try:
        yield 1
        raise ValueError("inner")
    except ValueError as e:
        print("ctx", type(e.__context__).__name__)
    yield 2

def bare():
    yield "start"
    raise

it = g()
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
    print(next(it))

b = bare()
next(b)
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(b)
    except IndexError as e:
        print("bare raise re-raised", e)

def h():
    yield
    try:
        1 / 0
    except ZeroDivisionError:
        yield "in handler"
    yield "after"

x = h()
next(x)
print(next(x))
try:
    raise TypeError("t")
except TypeError:
    print(next(x))
