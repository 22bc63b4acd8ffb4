class MyDict(dict):
    pass
class MyList(list):
    pass
class MyTuple(tuple):
    pass
class Counted(dict):
    def get(self, key, default=None):
        print("custom get", key)
        return super().get(key, default)
def m(x):
    match x:
        case {"a": a, **rest}:
            return f"mapping a={a} rest={rest} type={type(rest).__name__}"
        case [1, *rest]:
            return f"seq rest={rest} type={type(rest).__name__}"
        case [*all_]:
            return f"seq all={all_}"
        case _:
            return "other"
print(m(MyDict(a=1, b=2)))
print(m(MyList([1, 2, 3])))
print(m(MyTuple((1, 5))))
print(m(MyList()))
print(m(Counted(a=9)))
match MyList([1, 2]):
    case MyDict():
        print("no")
    case MyList([a, b]):
        print("MyList class pattern", a, b)
match MyDict(x=1):
    case dict(x=1):
        print("no: keyword means attribute")
    case dict({"x": 1}):
        print("dict() positional mapping")
class Seqish:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i
match Seqish():
    case [a, b]:
        print("no: not registered as Sequence")
    case _:
        print("plain class with __getitem__ is not a sequence")
