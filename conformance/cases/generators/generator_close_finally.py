# Closing a generator runs its finally blocks. Every generator left suspended is closed
# explicitly, so the output does not depend on when the garbage collector finalizes it.
def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")


g = resource()
print(next(g))
g.close()
print("closed")
r = resource()
for v in r:
    print("got", v)
    if v == 2:
        break
print("after break")
r.close()
print("closed explicitly")
g2 = resource()
print(list(g2))
g3 = resource()
g3.close()
print("closed before start")


def catches_exit():
    try:
        yield "x"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = catches_exit()
next(c)
c.close()
