def leaf(n):
    got = yield n
    print("leaf got", got)
    return n * 10

def middle():
    a = yield from leaf(1)
    b = yield from leaf(2)
    return a + b

def top():
    r = yield from middle()
    print("top result", r)
    return r + 1

g = top()
print(next(g))
print(g.send("x"))
try:
    g.send("y")
except StopIteration as e:
    print("done", e.value)

def delegating_list():
    r = yield from [1, 2, 3]
    print("list returns", r)
print(list(delegating_list()))

class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration("custom value")
        return self.i
def from_iter():
    r = yield from It()
    print("It returned", r)
print(list(from_iter()))

def thrower():
    try:
        yield 1
    except KeyError as e:
        print("leaf caught", e)
        return "recovered"
def outer():
    r = yield from thrower()
    yield ("outer saw", r)
g = outer(); next(g)
print(g.throw(KeyError("k")))

def no_send_target():
    yield from It()
g = no_send_target(); next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def outer2():
    try:
        yield from closer()
    finally:
        print("outer finally")
g = outer2(); next(g); g.close()
def ret_stopiter():
    return StopIteration(5)
    yield
def wrap():
    r = yield from ret_stopiter()
    print(type(r).__name__, r.args)
list(wrap())
def tuple_ret():
    return (1, 2)
    yield
def wrap2():
    r = yield from tuple_ret()
    print(r)
list(wrap2())
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)
def deep():
    yield from deep2()
def deep2():
    yield 1
    raise IndexError("deep failure")
list(deep())
