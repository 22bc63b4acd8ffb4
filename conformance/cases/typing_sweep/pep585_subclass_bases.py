# A class statement with a generic alias base derives from the origin.
class MyList(list[int]):
    def total(self):
        return sum(self)
m = MyList([1, 2, 3])
print(m.total(), isinstance(m, list), MyList.__orig_bases__)
class MyDict(dict[str, int]):
    pass
print(MyDict(a=1), issubclass(MyDict, dict))
