class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self.radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be >= 0")
        self._radius = value


c = Circle(2)
print("created", c._radius)
print(c.radius)
