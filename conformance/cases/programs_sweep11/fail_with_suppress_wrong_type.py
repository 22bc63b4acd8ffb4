from contextlib import suppress

with suppress(KeyError):
    {}["missing"]
print("KeyError suppressed")
with suppress(KeyError):
    [][0]
print("unreachable")
