# Calls of native functions and methods: bound, taken from the type, on an
# instance of the type or of a subclass, and their argument errors.
class MyList(list):
    pass


class MyDict(dict):
    def get(self, key, default=None):
        return ("mine", key, default)


items = [3, 1, 2]
items.append(4)
print(items, len(items), min(items), max(items, key=lambda v: -v))
list.append(items, 5)
print(items)
sub = MyList([1])
sub.append(2)
list.append(sub, 3)
print(sub, type(sub).__name__)
d = {"a": 1}
print(d.get("a"), d.get("b", 0), dict.get(d, "a"))
print(MyDict(a=1).get("a", 2))
append = items.append
for i in range(3):
    append(i)
print(items)
print(isinstance(1, int), isinstance(sub, list), isinstance(sub, (int, str)))
print("abc".startswith("a"), str.upper("abc"), "x".join(["a", "b"]))


def show(call):
    try:
        print(call())
    except TypeError as exc:
        print("TypeError:", exc)


show(lambda: list.append())
show(lambda: list.append({}, 1))
show(lambda: str.upper(1))
show(lambda: items.append())
show(lambda: items.append(1, 2))
show(lambda: items.append(x=1))
show(lambda: len())
show(lambda: len([], []))
show(lambda: len(x=[]))
show(lambda: b"ab".count(x=1))
show(lambda: bytes.count(b"ab", x=1))
count = b"ab".count
show(lambda: count(x=1))
print(count(b"a"))
show(lambda: dict.get())
show(lambda: dict.get(d))
show(lambda: int.__add__(1))
show(lambda: int.__add__("a", 1))
