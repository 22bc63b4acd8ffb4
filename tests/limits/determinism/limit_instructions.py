# Object-heavy work cut off by the instruction budget: it must stop at the
# same instruction, with the same memory figures, every run.
# args: --max-instructions 3000000
class Box:
    def __init__(self, v):
        self.v = v

seen = set()
i = 0
while True:
    b = Box(i)
    seen.add(b)
    if len(seen) > 5000:
        print(sorted(x.v for x in list(seen)[:5]))
        seen = set()
    i += 1
