# A property setter validates through another property and fails.
class Thermostat:
    def __init__(self, low, high):
        self._low, self._high = low, high
        self.target = (low + high) / 2

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        if not self.low <= value <= self.high:
            raise ValueError(f"target {value} outside [{self.low}, {self.high}]")
        self._target = value

    @property
    def low(self):
        return self._low

    @property
    def high(self):
        return self._high


t = Thermostat(16, 24)
print(t.target)
t.target = 18
print(t.target)
t.target = 30
