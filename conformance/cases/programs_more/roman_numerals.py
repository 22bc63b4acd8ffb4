class Roman:
    VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
              (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

    def __init__(self, value):
        if isinstance(value, str):
            value = self.parse(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"Roman needs int or str, not {type(value).__name__}")
        if not 0 < value < 4000:
            raise ValueError(f"{value} out of range 1..3999")
        self.value = value

    @classmethod
    def parse(cls, s):
        s = s.upper().strip()
        if not s or any(ch not in cls.SYMBOLS for ch in s):
            raise ValueError(f"invalid numeral {s!r}")
        total = 0
        for a, b in zip(s, s[1:] + " "):
            va, vb = cls.SYMBOLS[a], cls.SYMBOLS.get(b, 0)
            total += -va if va < vb else va
        if cls.encode(total) != s:
            raise ValueError(f"non-canonical numeral {s!r} (did you mean {cls.encode(total)}?)")
        return total

    @classmethod
    def encode(cls, n):
        out = []
        for v, sym in cls.VALUES:
            q, n = divmod(n, v)
            out.append(sym * q)
        return "".join(out)

    def __str__(self):
        return self.encode(self.value)

    def __repr__(self):
        return f"Roman({str(self)!r})"

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __add__(self, other):
        return Roman(self.value + int(other))

    def __sub__(self, other):
        return Roman(self.value - int(other))

    def __mul__(self, other):
        return Roman(self.value * int(other))

    def __eq__(self, other):
        return isinstance(other, Roman) and self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = Roman(n)
    print(n, r, repr(r), Roman(str(r)) == r)
print(Roman("mcmxc") + Roman("xii"), Roman("X") * 7, Roman("L") - 1)
print(sorted([Roman("XL"), Roman("IX"), Roman("CD"), Roman("C")]), int(Roman("MMXX")))
print(bin(Roman("X")), hex(Roman("CCLV")), [0, 1, 2, 3, 4, 5][Roman("III")], list(range(Roman("V"))))
for bad in ["IIII", "VX", "ABC", "", 0, 4000, 2.5, True, "MMMM"]:
    try:
        print(Roman(bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Roman("I") - Roman("I")
except ValueError as e:
    print("ValueError", e)
print(sum(Roman(s).value for s in "I II III IV V".split()), len({Roman(5), Roman("V")}))
