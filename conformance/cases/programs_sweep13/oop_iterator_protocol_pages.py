class Paginator:
    def __init__(self, items, per_page):
        self.items = items
        self.per_page = per_page

    def __iter__(self):
        return PageIterator(self)

    def __len__(self):
        return -(-len(self.items) // self.per_page)

    def __getitem__(self, n):
        if not 0 <= n < len(self):
            raise IndexError(f"page {n} out of range 0..{len(self) - 1}")
        return self.items[n * self.per_page:(n + 1) * self.per_page]


class PageIterator:
    def __init__(self, pager):
        self.pager = pager
        self.page = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.page >= len(self.pager):
            raise StopIteration
        self.page += 1
        return self.page, self.pager[self.page - 1]


p = Paginator([f"row{i}" for i in range(11)], 4)
print(len(p))
for num, rows in p:
    print(num, rows)
it = iter(p)
print(next(it), next(it)[0], list(it), next(it, "done"))
try:
    p[5]
except IndexError as e:
    print("IndexError:", e)
print(list(zip(p, "ab")))
