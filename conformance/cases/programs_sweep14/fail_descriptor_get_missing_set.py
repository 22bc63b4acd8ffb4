# A non-data descriptor is shadowed by instance assignment, then a
# read-only data descriptor refuses assignment.
class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, cls=None):
        return self.value


class ReadOnly(Constant):
    def __set__(self, obj, value):
        raise AttributeError(f"read-only attribute (tried {value!r})")


class Settings:
    version = Constant("1.0")
    build = ReadOnly(42)


s = Settings()
s.version = "2.0"
print(s.version, Settings.version, s.build)
s.build = 43
