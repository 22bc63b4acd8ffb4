class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="alpha", priority=2): pass
class Beta(Plugin): pass
class Gamma(Beta, priority=5): pass

for name, cls in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority):
    print(name, cls.__name__, cls.priority)
try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, got {type(value).__name__}")
        setattr(obj, self.name, value)

class Model:
    a = Field()
    b = Field()
m = Model()
m.a = 5
print(m.a, m.b, Model.a.name, Model.b.owner, vars(m))
try:
    m.b = "x"
except TypeError as e:
    print(e)
class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Generic[int], Generic["x"], list[int], dict[str, list[int]], tuple[int, ...])
