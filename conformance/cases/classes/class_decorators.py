registry = {}


def register(cls):
    registry[cls.__name__] = cls
    return cls


def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    return cls


@register
@add_repr
class User:
    def __init__(self, name, age):
        self.name = name
        self.age = age


print(User("ann", 30), sorted(registry))


def singleton(cls):
    instances = {}

    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get


@singleton
class Config:
    def __init__(self, v):
        self.v = v


print(Config(1).v, Config(2).v)


class Base:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)


class A(Base, tag="a"):
    pass


class B(A):
    pass


print(Base.subclasses, A.tag, B.tag)

try:
    class C(tag="c"):
        pass
except TypeError as e:
    print("TypeError", e)
