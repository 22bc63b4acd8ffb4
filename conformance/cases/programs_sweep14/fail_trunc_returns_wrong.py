# int() falls back to __trunc__ (deprecated in 3.11) and rejects a non-int result.
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


class Reading:
    def __init__(self, v):
        self.v = v

    def __trunc__(self):
        return self.v


print(int(Reading(42)), int(Reading(True)))
print(int(Reading("7")))
