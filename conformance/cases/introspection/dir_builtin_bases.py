# dir() of classes deriving from built-in types lists the built-in's names.
class MyList(list):
    def total(self):
        return sum(self)


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class MyError(ValueError):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


for cls, base in ((MyList, list), (MyDict, dict), (MyInt, int), (MyStr, str), (MyTuple, tuple),
                  (MyError, ValueError)):
    print(cls.__name__, sorted(set(dir(cls)) - set(dir(base))), set(dir(base)) <= set(dir(cls)))

e = MyError("bad", 3)
print([n for n in dir(e) if not n.startswith("_")])
print(dir(MyInt(3)) == dir(MyInt))
