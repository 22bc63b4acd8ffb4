try:
    raise ValueError from 5
except TypeError as e:
    print(e)
class E(Exception):
    pass
try:
    raise E
except E as e:
    print(repr(e), e.args, str(e) == "")
try:
    raise E from KeyError("k")
except E as e:
    print(repr(e.__cause__))
for i in range(3):
    try:
        if i == 1: raise ValueError(i)
    except ValueError as e:
        print("caught", e)
        continue
    finally:
        print("finally", i)
def f():
    while True:
        try:
            return "from try"
        finally:
            break
    return "after loop"
print(f())
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally runs")
    return "end"
print(f())
