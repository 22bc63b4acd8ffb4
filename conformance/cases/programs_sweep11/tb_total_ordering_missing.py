from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, s):
        self.t = tuple(int(p) for p in s.split("."))

    def __lt__(self, other):
        return self.t < other.t

    def __eq__(self, other):
        return self.t == other.t


print(Version("1.2") <= Version("1.10"), Version("2.0") > Version("1.9.9"))
print(Version("1.0") >= Version("1.0"), Version("3") != Version("3.0"))
try:
    @total_ordering
    class Label:
        def __init__(self, s):
            self.s = s

        def __eq__(self, other):
            return self.s == other.s
except ValueError as e:
    print("ValueError", e)


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        if not isinstance(other, Rev):
            return NotImplemented
        return self.v < other.v

    def __repr__(self):
        return f"Rev({self.v})"


print(sorted([Rev(1), Rev(3), Rev(2)]), Rev(1) <= Rev(2), Rev(1) >= Rev(2))
try:
    Rev(1) < 5
except TypeError as e:
    print("TypeError", e)
