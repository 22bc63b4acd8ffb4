class Temp:
    def __init__(self, c):
        self.c = c
    @property
    def kelvin(self):
        if self.c < -273.15:
            raise ValueError(f"below absolute zero: {self.c}")
        return self.c + 273.15

temps = [Temp(20), Temp(-10), Temp(-300)]
print([t.kelvin for t in temps[:2]])
report = {
    i: t.kelvin
    for i, t in enumerate(temps)
}
