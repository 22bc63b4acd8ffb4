# A partial whose function, arguments or keywords hold the partial itself
# shows "..." for it, as the C type's repr guard does.
import functools


def capture(*args, **kwargs):
    return args, kwargs


def show(p):
    # The function's address is cut off (moat shows its id there).
    print(repr(p).replace(hex(id(capture)), "ADDR"))


f = functools.partial(capture)
f.__setstate__((f, (), {}, {}))
show(f)
f.__setstate__((capture, (f,), {}, {}))
show(f)
f.__setstate__((capture, (), {'a': f}, {}))
show(f)
f.__setstate__((capture, (1, [f]), {'k': (f,)}, {}))
show(f)
f.__setstate__((capture, (), {}, {}))
show(f)


class MyPartial(functools.partial):
    pass


g = MyPartial(capture)
g.__setstate__((g, (), {}, {}))
show(g)
h = functools.partial(capture, g)
g.__setstate__((capture, (h,), {}, {}))
show(h)
