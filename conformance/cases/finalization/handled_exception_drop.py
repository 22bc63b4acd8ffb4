# An object held only by a handled exception is finalized when the except
# block ends, whether the block names the exception or not.
class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


try:
    raise Exception(Obj(1))
except:
    pass
print("after bare except")

try:
    raise KeyError(Obj(2))
except (ValueError, KeyError):
    print("handling 2")
print("after tuple except")

try:
    raise Exception(Obj(3))
except Exception as e:
    print("handling 3")
print("after named except")


def inner():
    raise ValueError(Obj(4))


def outer():
    try:
        inner()
    except ValueError:
        print("caught 4 in outer")
    print("outer goes on")


outer()

try:
    try:
        raise Exception(Obj(5))
    except:
        print("handling 5")
        raise
except Exception:
    print("re-caught 5")
print("after re-raise")

for i in range(6, 8):
    try:
        raise RuntimeError(Obj(i))
    except RuntimeError:
        pass
    print("loop", i)


def gen():
    try:
        raise Exception(Obj(8))
    except Exception:
        yield "in handler"
    yield "after handler"


g = gen()
print(next(g))
print(next(g))
print("end")
