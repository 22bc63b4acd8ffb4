class Board:
    def __init__(self, scores): self.scores = scores
    def ranking(self):
        return sorted(self.scores, key=lambda name: self.scores[name]["pts"], reverse=True)
b = Board({"ann": {"pts": 3}, "bob": {"points": 5}})
print(b.ranking())
