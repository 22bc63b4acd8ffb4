class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32


readings = [Temperature(c) for c in (21.5, -40, 100)]
print([round(t.fahrenheit, 1) for t in readings])
t = readings[0]
t.celsius -= 300
