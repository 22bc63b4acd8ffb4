class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            raise TypeError(f"cannot compare Version with {type(other).__name__}")
        return self.parts == other.parts

    def __hash__(self):
        return hash(self.parts)

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


releases = [Version("1.0"), Version("1.1"), Version("2.0")]
print(releases.index(Version("1.1")), Version("2.0") in releases)
print(releases.count(Version("1.0")))
mixed = [Version("1.0"), "2.0"]
print(mixed.index(Version("2.0")))
