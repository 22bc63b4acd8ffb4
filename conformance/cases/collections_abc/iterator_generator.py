# Iterator gives __iter__; Generator gives __next__ and close from send/throw.
from collections.abc import Generator, Iterator

class Counter(Generator):
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def send(self, value):
        if value is not None:
            self.i = value
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i
    def throw(self, typ, val=None, tb=None):
        self.i = self.stop
        raise typ

c = Counter(5)
print(next(c), c.send(3), list(c))
c2 = Counter(5)
c2.close()
print(c2.i, isinstance(c2, Iterator))

class Stubborn(Counter):
    def throw(self, typ, val=None, tb=None):
        return 0

try:
    Stubborn(3).close()
except RuntimeError as e:
    print("RuntimeError", e)

def g():
    yield 1

print(isinstance(g(), Generator), isinstance(iter([]), Generator))
