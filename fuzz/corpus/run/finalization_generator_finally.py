# A suspended generator whose finally or with exit has work to do is closed
# when its last reference goes.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = gen("del")
print(next(g))
del g
print("after del g")

g = gen("rebind")
next(g)
g = None
print("after rebinding")


def use():
    local = gen("local")
    next(local)
    print("leaving use")


use()
print("after use")

named = gen("named")
for x in named:
    print("loop", x)
    break
print("after break: still held")
del named
print("after del named")

for x in gen("loop-owned"):
    break
print("after loop-owned break")


class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


def with_gen():
    with Resource():
        yield "inside"


w = with_gen()
print(next(w))
w = None
print("after with_gen dropped")


def catches():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catches()
next(c)
del c
kept = gen("at exit")
next(kept)
print("end")
