class Config:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
            cls._instance._data = {}
        return cls._instance

    def __init__(self, **kwargs):
        self._data.update(kwargs)

    def __getitem__(self, key):
        return self._data[key]


a = Config(debug=True)
b = Config(level=3)
print(a is b, a["debug"], b["level"], sorted(a._data))


class Point:
    def __new__(cls, x, y):
        if not isinstance(x, (int, float)):
            raise TypeError("x must be numeric")
        inst = super().__new__(cls)
        inst.created = True
        return inst

    def __init__(self, x, y):
        self.x, self.y = x, y


p = Point(1, 2)
print(p.created, p.x)
try:
    Point("a", 2)
except TypeError as e:
    print("TypeError", e)


class NotInit:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


print(NotInit())
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError", e)
try:
    super(Point, p).__new__(Point, 1, 2)
except TypeError as e:
    print("TypeError", e)
