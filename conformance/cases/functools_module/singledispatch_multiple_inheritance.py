# singledispatch picks the first registered class along the argument's
# MRO: with two unrelated registered bases the one listed first wins (no
# "Ambiguous dispatch"), and a registered built-in base sits where the MRO
# puts it.
import functools


class Jsonable:
    pass


class Loggable:
    pass


class Event(Jsonable, Loggable):
    pass


class Audit(Loggable, Jsonable):
    pass


class Special(Event):
    pass


@functools.singledispatch
def render(obj):
    return "plain"


@render.register
def _(obj: Jsonable):
    return "json"


@render.register
def _(obj: Loggable):
    return "log"


print(render(Event()), render(Audit()), render(Special()), render(1))


class Flags(Loggable, int):
    pass


class Count(int, Loggable):
    pass


render.register(int, lambda obj: "int")
print(render(Flags(3)), render(Count(3)), render(True))


class Handler:
    @functools.singledispatchmethod
    def handle(self, obj):
        return "default"

    @handle.register
    def _(self, obj: Loggable):
        return "handled log"

    @handle.register
    def _(self, obj: Jsonable):
        return "handled json"


h = Handler()
print(h.handle(Event()), h.handle(Audit()), h.handle(object()))
print(render.dispatch(Event) is render.dispatch(Special))
