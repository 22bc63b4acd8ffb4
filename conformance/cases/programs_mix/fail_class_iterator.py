class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n < 0:
            raise StopIteration
        self.n -= 1
        return 10 // (self.n + 1)


print(list(Countdown(3)))
print(sum(Countdown(4)))
print([x for x in Countdown(2) if x])
print(max(Countdown(0)))
