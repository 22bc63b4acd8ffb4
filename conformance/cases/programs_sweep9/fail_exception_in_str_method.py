class Temperature:
    def __init__(self, deg):
        self.deg = deg
    def __str__(self):
        return "%.1f degrees" % self.degrees

t = Temperature(21.5)
print("created")
print(t)
