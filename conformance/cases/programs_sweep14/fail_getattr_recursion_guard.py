# A __getattr__ that reads a missing attribute of its own recurses until
# the limit; the program reports a caught one, then hits another.
class Settings:
    def __init__(self, data):
        self.data = data

    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(f"no setting {name!r}") from None


class Broken:
    def __getattr__(self, name):
        return self.fallback[name]


s = Settings({"debug": True})
print(s.debug, getattr(s, "verbose", False))
try:
    s.verbose
except AttributeError as e:
    print("AttributeError:", e)
b = Broken()
try:
    b.x
except RecursionError as e:
    print("RecursionError:", e)
copy = Settings.__new__(Settings)
print(copy.debug)
