from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Release:
    major: int
    minor: int
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, s):
        core, _, label = s.partition("-")
        parts = [int(p) for p in core.split(".")]
        return cls(*parts, label=label)

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}" + (f"-{self.label}" if self.label else "")


rs = [Release.parse(s) for s in ["1.2.3", "1.10.0", "1.2", "0.9.9-beta", "1.2.3-rc1"]]
print([str(r) for r in sorted(rs)])
print(max(rs), min(rs), rs[0] == rs[-1], rs[0] is rs[-1], hash(rs[0]) == hash(rs[-1]))
print(Release(1, 0) < Release(1, 0, 1), Release(2, 0) > Release(1, 99, 99), sorted(set(rs))[0])
try:
    rs[0].major = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Release(1, 0) < (1, 0)
except TypeError as e:
    print("TypeError", e)
print(repr(rs[-1]))
