class Temp:
    SCALES = {"C": (1.0, 0.0), "F": (1.8, 32.0), "K": (1.0, 273.15)}

    def __init__(self, value, scale="C"):
        if scale not in self.SCALES:
            raise ValueError(f"unknown scale {scale!r}; use one of {', '.join(self.SCALES)}")
        k, off = self.SCALES[scale]
        self._c = (value - off) / k
        if self._c < -273.15:
            raise ValueError(f"{value}{scale} is below absolute zero")

    def to(self, scale):
        k, off = self.SCALES[scale]
        return round(self._c * k + off, 2)

    def __format__(self, spec):
        scale = spec[-1] if spec and spec[-1] in self.SCALES else "C"
        num_spec = spec[:-1] if spec and spec[-1] in self.SCALES else spec
        return format(self.to(scale), num_spec or ".1f") + "°" + scale

    def __repr__(self):
        return f"Temp({self._c:.2f})"


temps = [Temp(100), Temp(32, "F"), Temp(0, "K"), Temp(-40, "F"), Temp(310.15, "K")]
print(f"{'C':>10}{'F':>10}{'K':>10}")
for t in temps:
    print(f"{t:>9.1fC}{t:>9.1fF}{t:>9.2fK}")
print(f"{temps[0]}", f"{temps[1]:F}", format(temps[2], ".0K"), repr(temps[3]))
for bad in [(1, "R"), (-500, "C"), (-1, "K")]:
    try:
        Temp(*bad)
    except ValueError as e:
        print("ValueError", e)
