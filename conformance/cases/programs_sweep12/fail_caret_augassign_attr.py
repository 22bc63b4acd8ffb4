class Counter:
    def __init__(self):
        self.counts = {}
        self.total = 0

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        self.total += 1


c = Counter()
for w in "to be or not to be".split():
    c.add(w)
print(c.counts, c.total)
c.total += None
