class Thermostat:
    MIN, MAX = 5, 30

    def __init__(self, target):
        self.target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not self.MIN <= value <= self.MAX:
            raise ValueError(f"target {value} outside {self.MIN}..{self.MAX}")
        self._target = value

    @property
    def mode(self):
        return "heat" if self._target > 20 else "eco"


t = Thermostat(18)
print(t.target, t.mode)
t.target = 22
print(t.target, t.mode)
try:
    t.mode = "cool"
except AttributeError as e:
    print("AttributeError:", e)
t.target = 35
