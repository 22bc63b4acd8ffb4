def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally runs")
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__suppress_context__)
def g():
    try:
        return 1
    finally:
        raise IndexError("from finally")
g()
