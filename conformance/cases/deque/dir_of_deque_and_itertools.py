# dir() of the natively implemented collections.deque, its iterators and the
# itertools types lists CPython's names (the sequence dunders included).
import collections
import itertools

d = collections.deque([1, 2])
print(dir(d))
print(dir(collections.deque) == dir(d))
print(dir(iter(d)))
print(dir(reversed(d)))
print("__len__" in dir(d), "__getitem__" in dir(collections.deque))


class Stack(collections.deque):
    def peek(self):
        return self[-1]


print([n for n in dir(Stack()) if not n.startswith("__")])
print(dir(itertools.count()))
print(dir(itertools.chain))
print(dir(itertools.tee([])[0]))
print(dir(next(itertools.groupby("aa"))[1]))
for it in (itertools.islice([], 1), itertools.product(), itertools.zip_longest(),
           itertools.pairwise([]), itertools.repeat(1)):
    print(type(it).__name__, [n for n in dir(it) if n not in dir(object)])
