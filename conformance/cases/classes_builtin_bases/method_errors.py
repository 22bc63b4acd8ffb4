# Errors raised by built-in methods and operators on subclass instances
# carry the base type's texts, and descriptors check their receiver.
class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


class T(tuple):
    pass


class St(set):
    pass


class I(int):
    pass


class F(float):
    pass


checks = [
    lambda: L().pop(),
    lambda: L([1]).index(5),
    lambda: L([1]).remove(2),
    lambda: L()[3],
    lambda: L().sort(key=1, reverse=2, x=3),
    lambda: D().popitem(),
    lambda: D()["k"],
    lambda: D(a=1).pop("b"),
    lambda: S("abc").index("z"),
    lambda: S("abc")[10],
    lambda: S("a") + 1,
    lambda: T((1,)).index(2),
    lambda: T()[0],
    lambda: St().pop(),
    lambda: St().remove(1),
    lambda: I(1) / 0,
    lambda: I(1) // I(0),
    lambda: F(1) / 0,
    lambda: F(1) % 0.0,
    lambda: I(2) ** -1 + I("q"),
    lambda: list.append(D(), 1),
    lambda: dict.keys(L()),
    lambda: str.upper(I(1)),
    lambda: int.bit_length(F(1)),
    lambda: L.append(),
    lambda: S.join(),
    lambda: I(1) < "a",
    lambda: S("a") < 1,
    lambda: T() < L(),
    lambda: sorted([S("a"), I(1)]),
    lambda: -S("x"),
    lambda: I(1)[0],
    lambda: F(1)(),
    lambda: len(I(3)),
    lambda: iter(F(1)),
]
for i, check in enumerate(checks):
    try:
        print(i, check())
    except (TypeError, ValueError, IndexError, KeyError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
