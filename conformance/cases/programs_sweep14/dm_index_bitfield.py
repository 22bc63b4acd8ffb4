# A bit-field register class usable wherever Python wants an integer index.
class Register:
    def __init__(self, name, value=0, width=8):
        self.name, self.value, self.width = name, value, width

    def __index__(self):
        return self.value

    def __repr__(self):
        return f"Register({self.name}={self.value:#0{self.width // 4 + 2}x})"

    def set_bit(self, bit):
        if not 0 <= bit < self.width:
            raise IndexError(f"bit {bit} out of range for {self.width}-bit register")
        self.value |= 1 << bit
        return self

    def bits(self):
        return [(self.value >> i) & 1 for i in range(self.width)]


r = Register("flags").set_bit(0).set_bit(3)
print(r, r.bits())
data = list("abcdefghijklmnop")
print(data[r], data[Register("x", 2):Register("y", 6)])
print(bin(r), hex(r), oct(r), format(r.__index__(), "08b"))
print(range(20)[r], "xyz" * Register("n", 2))
print(int.from_bytes(bytes([r, 1]), "big"), (1000).to_bytes(Register("w", 2), "little"))
import operator
print(operator.index(r), [10, 20, 30, 40, 50, 60, 70, 80, 90][Register("i", 8)])
print(round(3.14159, Register("d", 2)))
try:
    r.set_bit(9)
except IndexError as e:
    print("IndexError:", e)
try:
    data[Register("big", 99)]
except IndexError as e:
    print("IndexError:", e)


class Bad:
    def __index__(self):
        return "3"


for attempt in (lambda: data[Bad()], lambda: bin(Bad()), lambda: range(Bad())):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
