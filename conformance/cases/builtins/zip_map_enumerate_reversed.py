print(list(zip("abc", [1, 2, 3], strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "a", "abc"), ("abc", "abc", "a")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
print(list(zip()), list(zip(strict=True)))
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError", e)
print(list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200, 300])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError", e)
print(list(filter(None, [0, 1, [], [2], "", "x"])))
print(list(filter(str.isdigit, "a1b2c3")))
print(list(enumerate("abc", start=10)), list(enumerate("ab", -2)))
print(list(enumerate("ab", start=2**70)))
try:
    enumerate("ab", start="x")
except TypeError as e:
    print("TypeError", e)
try:
    enumerate()
except TypeError as e:
    print("TypeError", e)
class UserSeq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
print(list(reversed(UserSeq("hello"))))
class NoLen:
    def __getitem__(self, i): return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(RevNone())
except TypeError as e:
    print("TypeError", e)
try:
    reversed({1: 2}.items().mapping)
    print("reversed dict ok", list(reversed({1: 2, 3: 4})))
except TypeError as e:
    print("TypeError", e)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
r = reversed(range(1, 10, 3))
print(list(r), list(reversed([])), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2}.items())))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
print(list(map(str.upper, ["a"])) == ["A"], type(map(len, [])).__name__, type(zip()).__name__)
