import bisect


class Leaderboard:
    def __init__(self):
        self.scores = []
        self.names = []

    def add(self, name, score):
        i = bisect.bisect_left(self.scores, -score)
        self.scores.insert(i, -score)
        self.names.insert(i, name)
        return i + 1

    def rank_of(self, score):
        return bisect.bisect_left(self.scores, -score) + 1

    def top(self, n):
        return list(zip(self.names[:n], (-s for s in self.scores[:n])))

    def between(self, lo, hi):
        i = bisect.bisect_left(self.scores, -hi)
        j = bisect.bisect_right(self.scores, -lo)
        return self.names[i:j]


lb = Leaderboard()
for name, score in [("ann", 50), ("bob", 75), ("cy", 75), ("dee", 20), ("eve", 90), ("fay", 60)]:
    print(name, "enters at rank", lb.add(name, score))
print(lb.top(3), lb.rank_of(80), lb.rank_of(75), lb.rank_of(0), lb.between(50, 75))
times = [3, 7, 7, 12, 20]
print([bisect.bisect(times, t) for t in (0, 7, 8, 25)], bisect.bisect_left(times, 7, 2), bisect.bisect_right(times, 7, 0, 2))
bisect.insort_left(times, 7)
bisect.insort_right(times, 15)
print(times)
