class Counter:
    def __init__(self): self.n = 0
    def __call__(self, step=1, *, reset=False):
        if reset: self.n = 0
        self.n += step
        return self.n
c = Counter()
print(c(), c(5), c(reset=True), callable(c), callable(Counter), callable(3))
try:
    c(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    c(bogus=1)
except TypeError as e:
    print("TypeError", e)
class NotCall: pass
try:
    NotCall()()
except TypeError as e:
    print("TypeError", e)
c.__call__ = lambda: "instance attr"
print(c())
print(list(map(Counter(), [1, 2, 3])))
