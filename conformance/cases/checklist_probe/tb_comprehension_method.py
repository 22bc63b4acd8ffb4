class Table:
    def __init__(self, rows):
        self.rows = rows

    def totals(self):
        return [sum(r) for r in self.rows]

    def ratios(self):
        return {i: r[0] / r[1] for i, r in enumerate(self.rows)}

t = Table([[1, 2], [3, 4], [5, 0]])
print(t.totals())
print(t.ratios())
