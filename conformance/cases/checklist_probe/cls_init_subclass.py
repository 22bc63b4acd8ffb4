class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print("init_subclass", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
class C(A):
    pass
print(Plugin.registry, A.plugin_name, C.plugin_name)
try:
    class D(Plugin, name="d", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class E(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define 'required'")
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Good(Strict):
    required = 1
print(Good.required)
class WithSetName:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class Host:
    a = WithSetName()
    b = WithSetName()
print(Host.a.name, Host.b.name)
class SetNameFails:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Host2:
        z = SetNameFails()
except ValueError as e:
    print(type(e).__name__, e, repr(e.__notes__) if hasattr(e, "__notes__") else "")
class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Gen[int], Gen[1, 2], Gen["x"])
try:
    Host["x"]
except TypeError as e:
    print(type(e).__name__, e)
class Classmethodic:
    @classmethod
    def __init_subclass__(cls):
        print("explicit classmethod init_subclass", cls.__name__)
class Sub(Classmethodic):
    pass
class Kw:
    def __init_subclass__(cls, *, level):
        cls.level = level
try:
    class NoLevel(Kw):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class L5(Kw, level=5):
    pass
print(L5.level)
