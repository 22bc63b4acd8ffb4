class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"

    def __str__(self):
        return "Money"


m = Money(12345)
print(format(m), format(m, "short"), f"{m}", f"{m:short}", f"{m:>12.1f}", "{:short}".format(m))
print(f"{m!s}", f"{m!r:.5}", str(m))


class Plain:
    def __str__(self):
        return "plain"


print(format(Plain()), f"{Plain()}", f"{Plain():}", "{}".format(Plain()))
try:
    format(Plain(), "x")
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __format__(self, spec):
        return 3


try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)
