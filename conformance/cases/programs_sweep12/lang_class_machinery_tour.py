class Registry:
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[name or cls.__name__.lower()] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class CsvPlugin(Registry, name="csv"):
    def run(self, data):
        return ",".join(map(str, data))


class JsonPlugin(Registry):
    def run(self, data):
        return str(list(data)).replace("'", '"')


class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance


class Temperature:
    def __init__(self, c):
        self.c = c

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or ".1f") + "°F"
        return format(self.c, spec or ".1f") + "°C"

    def __getattr__(self, name):
        if name == "kelvin":
            return self.c + 273.15
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


print(sorted(Registry.plugins), [p().run([1, 2]) for p in Registry.plugins.values()])
print(Registry[int], CsvPlugin["x"])
s1, s2 = Singleton(), Singleton()
print(s1 is s2, s1.created)
t = Temperature(21.5)
print(f"{t} {t:.0f} {t:F} {t:.2F}", format(t, ">8"), round(t.kelvin, 2))
try:
    t.rankine
except AttributeError as e:
    print("AttributeError:", e)
print(type(CsvPlugin).__name__, type(type).__name__, isinstance(CsvPlugin, type), CsvPlugin.__qualname__)
print(callable(t), callable(Temperature), hasattr(t, "kelvin"), getattr(t, "nope", "default"))
print(CsvPlugin.__module__, Temperature.__name__, Temperature.__doc__, vars(t))
