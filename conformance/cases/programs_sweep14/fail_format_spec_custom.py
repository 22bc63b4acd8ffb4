# A custom __format__ delegates to a float format with a bad spec.
class Percent:
    def __init__(self, ratio):
        self.ratio = ratio

    def __format__(self, spec):
        return format(self.ratio * 100, spec or ".1f") + "%"


rows = [("cpu", Percent(0.4567)), ("mem", Percent(0.12))]
for name, p in rows:
    print(f"{name}: {p} {p:.3f} {p:>8.0f}")
print(f"{rows[0][1]:,d}")
