# Keyword arguments can come in any order; **kwargs keeps call order.
def order(**kwargs):
    return list(kwargs)


print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))


def point(x, y, z=0):
    return (x, y, z)


print(point(1, 2), point(y=2, x=1), point(1, z=3, y=2), point(*[1], **{"z": 5, "y": 4}))


def config(**settings):
    defaults = {"color": "blue", "size": 10}
    defaults.update(settings)
    return defaults


print(config(), config(size=12), config(shape="round", color="red"))
