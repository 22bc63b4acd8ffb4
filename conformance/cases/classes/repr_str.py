class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both!"


class ReprOnly:
    def __repr__(self):
        return "R"


class StrOnly:
    def __str__(self):
        return "S"


b = Both()
print(b, repr(b), str(b), [b], f"{b} {b!r}", "%s %r" % (b, b))
print(ReprOnly(), str(ReprOnly()), [ReprOnly()])
print(StrOnly(), str(StrOnly()))


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError", e)


class Sub(Both):
    pass


print(Sub(), repr(Sub()))


class Inherit(ReprOnly):
    def __str__(self):
        return "I:" + super().__str__()


print(Inherit())
