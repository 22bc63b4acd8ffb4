class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "c":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)

    def __str__(self):
        return "Money"

    def __repr__(self):
        return f"Money({self.cents})"


m = Money(12345)
print(f"{m}", f"{m:c}", f"{m:>10.1f}", f"{m!s}", f"{m!r:>15}")
print("{}, {:c}, {!r}".format(m, m, m), format(m, ",.2f"))
data = {"user": {"name": "ann", "langs": ["py", "c"]}}
print("{0[user][name]} knows {0[user][langs][1]}".format(data))
print("{:{fill}{align}{width}}".format("x", fill="-", align="^", width=9))
print("{0:>{1}}|{2:<{1}}|".format("a", 4, "b"), "{{literal}} {}".format(1))
print("{:,}".format(10**9), "{:_b}".format(255), "{:e}".format(0), "{:.3g}".format(0.0001234))
print("{:>8.3%}".format(0.12345), "{:+.1f}".format(-0.04), "{:z.1f}".format(-0.04))
print("{:c}".format(9731), "{:n}".format(12345), "{:#g}".format(1.0), "{:.0e}".format(15000))
print(str.format("{} {}", "a", "b"), "{a}{b}".format_map({"a": 1, "b": 2}))


class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"


print("{name} is {age}".format_map(Default(name="Bo")))
print(f"{'nested {braces}'}", f"{{}}", f"{3:{'0'}{4}}", f"{'a' 'b'}")
w = 12
print(f"{'centered':^{w}}|", f"{3.14159:.{w // 4}f}", f"{[1, 2][-1]}", f"{ {'k': 1}['k'] }")
