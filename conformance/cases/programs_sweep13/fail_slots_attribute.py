class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x, self.y, self.color = x, y, color


p = Pixel(1, 2)
p.color = "red"
print(p.x, p.y, p.color)
p.alpha = 0.5
