from functools import singledispatch, partialmethod, reduce
import operator


@singledispatch
def render(x):
    return f"obj:{x!r}"


@render.register
def _(x: int):
    return f"int:{x:+d}"


@render.register(list)
def _(x):
    return "[" + ", ".join(render(i) for i in x) + "]"


@render.register(float)
@render.register(complex)
def _(x):
    return f"num:{x}"


print(render(5), render([1, 2.5, "s", [3j]]), render(True), render(None))
print(render.dispatch(bool).__name__, sorted(t.__name__ for t in render.registry if t is not object))


class Light:
    def __init__(self):
        self.on = False

    def set(self, value):
        self.on = value
        return self

    turn_on = partialmethod(set, True)
    turn_off = partialmethod(set, False)


l = Light()
print(l.turn_on().on, l.turn_off().on)
print(reduce(operator.add, [[1], [2, 3], [4]]), reduce(operator.mul, range(1, 6), 10))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3 + 4j), operator.methodcaller("upper")("q"))
