# isinstance() falls back on the object's __class__ attribute when its type
# is not a subclass: proxies and mocks use a property or __getattribute__
# to claim another class. issubclass() and type() are not fooled.
class Target:
    pass


class ClaimsStr:
    @property
    def __class__(self):
        return str


class Proxy:
    def __init__(self, wrapped):
        object.__setattr__(self, "_wrapped", wrapped)

    def __getattribute__(self, name):
        if name == "_wrapped":
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, "_wrapped"), name)


class NotAClass:
    @property
    def __class__(self):
        return 42


class Raises:
    @property
    def __class__(self):
        raise AttributeError("no class here")


class Broken:
    @property
    def __class__(self):
        raise KeyError("boom")


p = Proxy(Target())
print(isinstance(p, Target), isinstance(p, Proxy), isinstance(p, (int, Target)))
print(type(p).__name__, issubclass(type(p), Target))
print(isinstance(ClaimsStr(), str), isinstance(ClaimsStr(), object), isinstance(ClaimsStr(), int))
print(isinstance(NotAClass(), int), isinstance(Raises(), str), isinstance(Raises(), Raises))
try:
    isinstance(Broken(), str)
except KeyError as e:
    print("KeyError", e)
print(isinstance(Broken(), Broken))
