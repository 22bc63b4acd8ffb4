class NoNext:
    def __iter__(self):
        return self


class StopEarly:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n


try:
    for x in NoNext():
        pass
except TypeError as e:
    print("TypeError", e)
s = StopEarly()
print(list(s), list(s), next(s, "exhausted"))
try:
    next(NoNext())
except TypeError as e:
    print("TypeError", e)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
it = iter(StopEarly())
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.value)
