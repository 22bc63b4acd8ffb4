# A running generator cannot be resumed, thrown into or closed from inside.
def uses(action):
    def gen():
        try:
            action(me)
        except ValueError as e:
            print(type(e).__name__, e)
        yield "ok"
    me = gen()
    print(next(me))
    me.close()


uses(next)
uses(lambda g: g.send(None))
uses(lambda g: g.throw(KeyError))
uses(lambda g: g.close())
uses(list)


def outer():
    yield from inner_gen


def inner():
    try:
        next(outer_gen)
    except ValueError as e:
        print("delegating outer:", e)
    yield 1


inner_gen = inner()
outer_gen = outer()
print(next(outer_gen))
outer_gen.close()
