class Bad:
    def __init__(self, v): self.v = v
    def __repr__(self):
        return "Bad(" + self.v + ")"
items = [Bad("x"), Bad(3)]
print(items)
