# __init_subclass__ with keyword arguments, its implicit classmethod-ness,
# super() chaining, and object.__init_subclass__ refusing extra keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "from", cls.__qualname__)


class Alpha(Plugin):
    pass


class Beta(Plugin, name="b"):
    pass


class Gamma(Beta):
    pass


print(sorted(Plugin.registry))
print(Gamma.plugin_name, Beta.plugin_name)

try:
    class Bad(Plugin, name="bad", extra=1):
        pass
except TypeError as e:
    print("TypeError", e)

try:
    class Direct(object, flag=True):
        pass
except TypeError as e:
    print("TypeError", e)

class Mixin:
    def __init_subclass__(cls, **kwargs):
        print("Mixin sees", sorted(kwargs))
        super().__init_subclass__(**kwargs)

class Base(Mixin):
    def __init_subclass__(cls, color="none", **kwargs):
        print("Base sees color", color)
        super().__init_subclass__(**kwargs)

class Leaf(Base, color="red"):
    pass

print(type(Base.__dict__["__init_subclass__"]).__name__)

class Counter:
    count = 0
    def __init_subclass__(cls):
        Counter.count += 1
class A(Counter): pass
class B(A): pass
class C(A, Counter): pass
print("subclasses made:", Counter.count)
