# C code that takes a call's keywords as a dict lets a key that is not a
# str through: OrderedDict's construction, update and __init__, partial's
# construction (its call then refuses them), methodcaller's construction.
import collections
import functools
import operator


def f(*args, **kwargs):
    return args, kwargs


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


class OD(collections.OrderedDict):
    pass


class OD2(collections.OrderedDict):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)


class P(functools.partial):
    pass


def od_update_bound():
    od = collections.OrderedDict()
    od.update(**{2: 3}, b=4)
    return od


def od_update_unbound():
    od = collections.OrderedDict()
    collections.OrderedDict.update(od, **{2: 3})
    return od


def od_init_slot():
    od = collections.OrderedDict()
    collections.OrderedDict.__init__(od, **{5: 6})
    return od


show("od", lambda: collections.OrderedDict(**{1: 2}))
show("od mixed", lambda: collections.OrderedDict([("z", 0)], **{1: 2, "b": 3, (1, 2): 4}))
show("od subclass", lambda: OD(**{None: 1}))
show("od subclass own init", lambda: OD2(**{1: 2}))
show("od update bound", od_update_bound)
show("od update unbound", od_update_unbound)
show("od __init__", od_init_slot)
show("partial keywords", lambda: functools.partial(f, 1, **{1: 2, "x": 3}).keywords)
show("partial repr", lambda: repr(functools.partial(max, **{1: 2})))
show("partial call", lambda: functools.partial(f, **{1: 2})(5))
show("partial call kw", lambda: functools.partial(f, **{1: 2})(a=1))
show("partial subclass", lambda: P(f, **{1: 2}).keywords)
show("partial flatten", lambda: functools.partial(functools.partial(f, **{1: 2}), **{3: 4}).keywords)
show("partial of OrderedDict", lambda: functools.partial(collections.OrderedDict, **{1: 2})())
show("methodcaller made", lambda: type(operator.methodcaller("x", **{1: 2})).__name__)
show("methodcaller py method", lambda: operator.methodcaller("update", **{1: 2})(OD()))
show("methodcaller bound update", lambda: operator.methodcaller("update", **{1: 2})({}))
show("methodcaller format", lambda: operator.methodcaller("format", 7, **{1: 2, "a": 3})("{0}{a}"))
show("methodcaller no name", lambda: operator.methodcaller(**{1: 2}))
show("dict", lambda: dict(**{1: 2}))
show("defaultdict", lambda: collections.defaultdict(int, **{1: 2}))
show("Counter", lambda: collections.Counter(**{1: 2}))
show("function", lambda: f(**{1: 2}))
