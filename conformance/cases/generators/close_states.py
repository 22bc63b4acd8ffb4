# close() of a generator that has not started, is suspended, has finished, or
# was closed already; gi_running and gi_suspended along the way.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = gen()
print(g.gi_running, g.gi_suspended)
print(g.close())
print(next(g, "nothing after close"))

g = gen()
next(g)
print(g.gi_running, g.gi_suspended)
print(g.close())
print(g.gi_running, g.gi_suspended)
print(g.close())
print(next(g, "nothing after close"))

g = gen()
print(list(g))
print(g.close())


def watch():
    print("inside, running:", me.gi_running, "suspended:", me.gi_suspended)
    yield


me = watch()
next(me)
me.close()
