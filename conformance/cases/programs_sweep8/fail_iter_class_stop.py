class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return 10 // self.n
print(list(Countdown(0)))
for v in Countdown(3):
    print(v)
