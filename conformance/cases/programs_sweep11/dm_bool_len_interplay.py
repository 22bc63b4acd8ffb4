class OnlyLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class BoolWins:
    def __len__(self):
        return 0

    def __bool__(self):
        return True


class BadBool:
    def __bool__(self):
        return "yes"


class NegLen:
    def __len__(self):
        return -1


print(bool(OnlyLen(0)), bool(OnlyLen(3)), bool(BoolWins()), len(BoolWins()), not OnlyLen(0))
print("truthy" if OnlyLen(2) else "falsy", [x for x in [OnlyLen(0), OnlyLen(1), BoolWins()] if x].__len__())
for obj in [BadBool(), NegLen()]:
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError in if:", e)
print(all([OnlyLen(1), BoolWins()]), any([OnlyLen(0)]), bool(object()), bool(OnlyLen), OnlyLen(0) or "fallback")
