# isinstance() and issubclass() accept objects that are not classes but stand
# for them with a tuple `__bases__` (and, for isinstance, an instance whose
# `__class__` names one of them); anything else keeps CPython's TypeErrors.


class Stand:
    """Pretends to be a class: `bases` are the classes it derives from."""

    def __init__(self, name, *bases):
        self.name = name
        self._bases = bases

    @property
    def __bases__(self):
        return self._bases

    def __repr__(self):
        return self.name


root = Stand("root")
left = Stand("left", root)
right = Stand("right", root)
bottom = Stand("bottom", left, right)
lone = Stand("lone")


class Claims:
    """An object whose __class__ says it is a `bottom`."""

    def __init__(self, claimed):
        self._claimed = claimed

    @property
    def __class__(self):
        return self._claimed


for derived, base in [(bottom, root), (bottom, left), (left, right), (root, bottom),
                      (lone, root), (root, root), (bottom, (lone, right))]:
    print("issubclass", derived, base, issubclass(derived, base))

print("isinstance", isinstance(Claims(bottom), root), isinstance(Claims(lone), root))
print("isinstance of a plain object", isinstance(object(), root))

# A real class reached through the stand-ins' bases counts too.
via_int = Stand("via_int", int)
print("issubclass to a class", issubclass(via_int, int), issubclass(via_int, str))
print("class to stand-in", issubclass(bool, root))


class NotTuple:
    __bases__ = ["a list is not enough"]


for call in [lambda: issubclass(NotTuple(), root), lambda: issubclass(root, NotTuple()),
             lambda: isinstance(1, NotTuple()), lambda: issubclass(3, int),
             lambda: isinstance(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)


class Failing:
    @property
    def __bases__(self):
        raise KeyError("bases lookup failed")


class Missing:
    @property
    def __bases__(self):
        raise AttributeError("no bases after all")


for call in [lambda: issubclass(Failing(), root), lambda: isinstance(1, Failing()),
             lambda: issubclass(Missing(), root)]:
    try:
        print(call())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)


class Cycle:
    @property
    def __bases__(self):
        return (self, self)


# Which guard stops the endless walk (the property's call or the walk itself)
# decides the message's suffix, so only the type is printed.
try:
    issubclass(Cycle(), root)
except RecursionError:
    print("RecursionError")
