class OnlyEq:
    def __eq__(self, other):
        return True


try:
    {OnlyEq()}
except TypeError as e:
    print("TypeError", e)


class EqAndHash(OnlyEq):
    def __hash__(self):
        return 7


print(hash(EqAndHash()), len({EqAndHash(), EqAndHash()}))


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError", e)


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)


class Ne:
    def __eq__(self, other):
        return "yes"


print(Ne() != Ne(), Ne() == 1)
