def sub(tag):
    total = 0
    try:
        while True:
            x = yield f"{tag}:{total}"
            if x is None:
                break
            total += x
    except KeyError as e:
        print("sub caught", repr(e))
        yield "after-key"
    finally:
        print("sub finally", tag)
    return total

def outer():
    r1 = yield from sub("A")
    print("A returned", r1)
    r2 = yield from sub("B")
    print("B returned", r2)
    return r1 + (r2 or 0)

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
print(g.throw(KeyError("x")))
try:
    print(g.send(None))
except StopIteration as e:
    print("outer returned", e.value)

def inner_list():
    yield from [1, 2, 3]
    yield from "ab"
    yield from range(2)
    r = yield from iter(())
    print("r is", r)
print(list(inner_list()))

def deleg():
    try:
        yield from sub("C")
    except ZeroDivisionError as e:
        print("outer caught", e)
        yield "recovered"
g = deleg()
print(next(g))
print(g.throw(ZeroDivisionError("zd")))
g.close()

def sub_noclose():
    yield 1
    yield 2
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration(self.i * 10)
        return self.i
def uses_it():
    v = yield from It()
    print("It returned", v)
print(list(uses_it()))
def send_to_plain_iter():
    yield from It()
g = send_to_plain_iter()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
def throw_to_plain():
    yield from It()
g = throw_to_plain(); next(g)
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError passes through", e)
def close_sub():
    yield from sub("D")
g = close_sub(); next(g); g.close(); print("closed D")
