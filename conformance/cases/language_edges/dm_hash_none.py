# __hash__ = None makes instances unhashable; defining __eq__ alone does
# the same; subclasses inherit or restore hashing.
class Unhashable:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)
    def __hash__(self):
        return 7


class Restored(EqOnly):
    __hash__ = object.__hash__


for cls in [Unhashable, EqOnly, EqAndHash, Restored]:
    obj = cls()
    try:
        h = hash(obj)
        print(cls.__name__, "hashable", h == 7 or isinstance(h, int))
    except TypeError as e:
        print(cls.__name__, "TypeError", e)
    print(cls.__name__, "__hash__ in dict:", "__hash__" in cls.__dict__, cls.__dict__.get("__hash__", "absent") is None)
    try:
        {obj}
    except TypeError as e:
        print("set TypeError", e)
    try:
        {obj: 1}
    except TypeError as e:
        print("dict TypeError", e)

class SubOfUnhashable(Unhashable):
    pass
try:
    hash(SubOfUnhashable())
except TypeError as e:
    print("TypeError", e)

class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)

class BigHash:
    def __hash__(self):
        return 2**70
print(hash(BigHash()) == hash(2**70))

class HashSub(int):
    def __hash__(self):
        return True
print(hash(HashSub(3)), type(hash(HashSub(3))).__name__)

print(hash(-1), hash(-2), hash(1.0) == hash(1), hash((1, 2)) == hash((1, 2)))
try:
    hash([])
except TypeError as e:
    print("TypeError", e)
try:
    hash(([],))
except TypeError as e:
    print("TypeError", e)
