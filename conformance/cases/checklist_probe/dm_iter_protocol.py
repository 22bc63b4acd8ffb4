class NotIter:
    def __iter__(self):
        return [1, 2]

class NoNext:
    def __iter__(self):
        return self

class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

for obj in [NotIter(), NoNext(), 5, None]:
    try:
        for x in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        iter(obj)
    except TypeError as e:
        print("iter", type(e).__name__, e)
    try:
        list(obj)
    except TypeError as e:
        print("list", type(e).__name__, e)
print(list(Count(3)), sorted(Count(4)), sum(Count(5)))
try:
    next(Count(0))
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
print(next(Count(0), "default"))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), 25 in GetItemOnly())
it = iter(GetItemOnly())
print(type(it).__name__, next(it))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 1, 2]
print(list(calls))
try:
    iter(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
a, b = Count(2)
print(a, b)
try:
    a, b = Count(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = Count(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    x, *y = NotIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f = lambda *a: a
    f(*NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    yield_from = [x for x in NoNext()]
except TypeError as e:
    print(type(e).__name__, e)
for x in NoNext():
    pass
