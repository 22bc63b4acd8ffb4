# __new__ for singletons and interning, __init__ running on every call,
# and immutable int subclasses configured in __new__.
class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, **settings):
        print("  __init__ with", settings)
        self.__dict__.update(settings)


a = Config(debug=True)
b = Config(level=3)
print(a is b, vars(a))


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, round(value, 2))

    def __repr__(self):
        return f"{float(self)}°C"


print(Celsius(21.456), Celsius(0) + 1, type(Celsius(5) * 2).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Interned:
    _pool = {}

    def __new__(cls, name):
        return cls._pool.setdefault(name, super().__new__(cls))

    def __init__(self, name):
        self.name = name


print(Interned("x") is Interned("x"), Interned("x") is Interned("y"), len(Interned._pool))
