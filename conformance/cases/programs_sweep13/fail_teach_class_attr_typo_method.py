class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def to_fahrenheit(self):
        return self.celsius * 9 / 5 + 32


t = Temperature(21)
print(t.to_fahrenheit())
print(t.to_farenheit())
