data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    pos += 1
    return data[pos - 1] if pos <= len(data) else None
print(list(iter(reader, None)))
pos = 0
print(list(iter(reader, 5)))
pos = 0
it = iter(reader, 9)
print(type(it).__name__)
print(next(it), next(it), list(it), list(it))
try:
    iter(5, 5)
except TypeError as e:
    print("TypeError", e)
try:
    iter(reader, 1, 2)
except TypeError as e:
    print("TypeError", e)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n == 4: raise StopIteration
        return self.n
print(list(iter(Counter(), 100)))
class Raiser:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        if self.n == 3: raise ValueError("at 3")
        return self.n
try:
    for v in iter(Raiser(), 0):
        print("v", v)
except ValueError as e:
    print("ValueError", e)
from functools import partial
chunks = iter(["ab", "cd", ""])
print(list(iter(partial(next, chunks), "")))
import io
f = io.StringIO("line1\nline2\nline3\n")
print(list(iter(f.readline, "")))
b = io.BytesIO(b"abcdefg")
print(list(iter(partial(b.read, 3), b"")))
