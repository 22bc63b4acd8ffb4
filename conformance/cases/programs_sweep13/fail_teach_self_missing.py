class Counter:
    def __init__(self):
        self.count = 0

    def increment():
        self.count += 1


c = Counter()
print(c.count)
c.increment()
