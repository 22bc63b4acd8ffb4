# A class that sets __reduce_ex__ to None makes copy fall back to
# __reduce__; hiding both makes the object uncopyable.
import copy


class HiddenEx:
    __reduce_ex__ = None

    def __init__(self):
        self.items = [1, 2]


class HiddenBoth:
    __reduce_ex__ = None
    __reduce__ = None


class HiddenReduce:
    __reduce__ = None


class OwnReduce:
    __reduce_ex__ = None

    def __reduce__(self):
        return (OwnReduce, ())


a = HiddenEx()
b = copy.copy(a)
c = copy.deepcopy(a)
print(type(b).__name__, b.items, b.items is a.items, c.items, c.items is a.items)
print(type(copy.copy(OwnReduce())).__name__)
for fn in (copy.copy, copy.deepcopy):
    for cls in (HiddenBoth, HiddenReduce):
        try:
            fn(cls())
            print('copied')
        except copy.Error as e:
            print('Error', e)
        except TypeError as e:
            print('TypeError', e)
