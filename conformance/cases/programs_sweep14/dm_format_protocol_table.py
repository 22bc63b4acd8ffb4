# __format__ with a custom mini-language for a Temperature type, used by
# f-strings, str.format and format(); invalid specs raise ValueError.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        unit, _, rest = spec.partition(":")
        unit = unit or "K"
        values = {"K": self.kelvin, "C": self.kelvin - 273.15, "F": self.kelvin * 9 / 5 - 459.67}
        if unit not in values:
            raise ValueError(f"unknown unit {unit!r}")
        return format(values[unit], rest or ".1f") + "°" + unit

    def __str__(self):
        return format(self, "C")

    def __repr__(self):
        return f"Temperature({self.kelvin})"


temps = [Temperature(273.15), Temperature(310.0), Temperature(0)]
for t in temps:
    print(f"{t} | {t:F} | {t:K:>8.2f} | {t:C:+.0f} | {t!r} | {'{:F:.3f}'.format(t)}")
print(format(temps[1], ""), str(temps[1]), "%s" % temps[0])
try:
    f"{temps[0]:X}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{temps[0]:C:q}"
except ValueError as e:
    print("ValueError:", e)


class NoFormat:
    pass


print(format(NoFormat(), "")[:18], f"{NoFormat.__name__:^12}|")
try:
    format(NoFormat(), ">10")
except TypeError as e:
    print("TypeError:", e)
