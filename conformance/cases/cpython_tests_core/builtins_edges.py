# bytes.hex with a NUL separator, round() and math.floor() looking the
# special method up on the type only, attribute names that are str
# subclasses, AttributeError's name and obj from object.__getattribute__.
import math

data = b"\xb9\x01\xef"
print(repr(data.hex("\x00")), repr(data.hex(b"\x00", 2)), repr(bytearray(data).hex("\x00")))


class NoRound:
    pass


obj = NoRound()
obj.__round__ = lambda *args: "instance attribute"
obj.__floor__ = lambda: "instance attribute"
for label, action in (("round", lambda: round(obj)), ("round 2", lambda: round(obj, 2)),
                      ("floor", lambda: math.floor(obj)), ("ceil", lambda: math.ceil(obj))):
    try:
        print(label, action())
    except TypeError as exc:
        print(label, "TypeError", exc)


class WithRound:
    def __round__(self, ndigits=None):
        return ("class", ndigits)


print(round(WithRound()), round(WithRound(), 3))


class Name(str):
    pass


class Bag:
    pass


bag = Bag()
setattr(bag, Name("colour"), "red")
print(bag.colour, getattr(bag, "colour"), hasattr(bag, Name("colour")))
print([type(k).__name__ for k in bag.__dict__])
bag.colour = "blue"
print(bag.__dict__, len(bag.__dict__))
delattr(bag, Name("colour"))
print(hasattr(bag, "colour"))

for action in (lambda: object.__getattribute__(bag, "missing"),
               lambda: bag.__getattribute__("missing"), lambda: bag.missing):
    try:
        action()
    except AttributeError as exc:
        print(exc.name, exc.obj is bag, exc)
