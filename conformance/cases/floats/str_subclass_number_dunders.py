# float(), int() and complex() of a str subclass call its own conversion
# dunder before parsing the text.
class Text(str):
    def __float__(self):
        return float(str(self)) + 0.5

    def __int__(self):
        return int(str(self)) * 2

    def __complex__(self):
        return complex(str(self)) * 1j


t = Text("8")
print(float(t), int(t), complex(t))
print(float(Text("1e3")), int(Text("-4")))


class Index(str):
    def __index__(self):
        return 99


print(int(Index("5")), float(Index("5")))


class Bytes(bytes):
    def __float__(self):
        return 1.25

    def __int__(self):
        return 7


print(float(Bytes(b"3")), int(Bytes(b"3")))

