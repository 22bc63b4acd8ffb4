# A property that reads itself instead of its storage recurses forever.
class Temperature:
    def __init__(self, c):
        self.celsius = c

    @property
    def celsius(self):
        return self.celsius

    @celsius.setter
    def celsius(self, value):
        self._c = value


t = Temperature(21)
print(t._c)
print(t.celsius)
