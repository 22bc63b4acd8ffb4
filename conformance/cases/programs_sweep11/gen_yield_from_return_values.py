def sub(n):
    received = []
    for i in range(n):
        x = yield i
        received.append(x)
    return received


def outer():
    a = yield from sub(2)
    b = yield from sub(3)
    return a + b


g = outer()
out = [next(g)]
try:
    i = 0
    while True:
        out.append(g.send(f"v{i}"))
        i += 1
except StopIteration as e:
    print("returned", e.value)
print(out)


def gen_with_throw():
    try:
        yield 1
    except KeyError:
        yield "caught key"
    yield 3


def deleg():
    r = yield from gen_with_throw()
    yield f"inner returned {r}"


d = deleg()
print(next(d), d.throw(KeyError), next(d), next(d))
print(list(d))
e = deleg()
next(e)
try:
    e.throw(ValueError("v"))
except ValueError as ex:
    print("ValueError", ex)
