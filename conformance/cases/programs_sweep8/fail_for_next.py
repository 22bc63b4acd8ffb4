class Pages:
    def __init__(self, n): self.i, self.n = 0, n
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > self.n:
            raise StopIteration
        return {"page": self.i, "items": [1] * (3 - self.i)}["items"][0]
for item in Pages(5):
    print(item)
