# zip, map, filter and reversed can be subclassed, as in CPython: the
# subclass's instances iterate as the built-in does, keep attributes, and
# may override __next__ (calling the built-in one through super()).


class MyZip(zip):
    pass


class Strict(zip):
    def __init__(self, *iterables, strict=False):
        self.label = "strict" if strict else "loose"


class Doubled(map):
    def __next__(self):
        return 2 * super().__next__()


class Evens(filter):
    def __new__(cls, iterable):
        return super().__new__(cls, lambda x: x % 2 == 0, iterable)


class Backwards(reversed):
    count = 0

    def __next__(self):
        Backwards.count += 1
        return super().__next__()


z = MyZip("ab", [1, 2, 3])
print(type(z).__name__, isinstance(z, zip), list(z))
z.note = "kept"
print(z.note, list(z))
s = Strict("ab", "cd", strict=True)
print(s.label, list(s))
try:
    list(Strict("ab", "c", strict=True))
except ValueError as e:
    print("ValueError", e)
d = Doubled(int, "123")
print(next(d), list(d))
print(list(Evens(range(10))), type(Evens([])).__name__)
b = Backwards([1, 2, 3])
print(b.__length_hint__(), list(b), Backwards.count)
print(type(b).__name__, type(Backwards(range(3))).__name__, list(Backwards(range(3))))
b = Backwards("abc")
print(type(b).__name__, b.__length_hint__(), list(b), Backwards.count)
for item in Backwards((4, 5)):
    print(item, Backwards.count)
print(issubclass(MyZip, zip), issubclass(Doubled, map), isinstance(Evens([]), filter))
for cls, args in ((MyZip, ()), (Doubled, (len,)), (Evens, ()), (Backwards, ())):
    try:
        print(list(cls(*args)))
    except TypeError as e:
        print("TypeError", e)
try:
    Backwards(5)
except TypeError as e:
    print("TypeError", e)
try:
    Doubled(len, [1], extra=1)
except TypeError as e:
    print("TypeError", e)
