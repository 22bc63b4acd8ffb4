from dataclasses import dataclass, field, astuple, fields


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

    @classmethod
    def parse(cls, text):
        core, _, label = text.partition("-")
        nums = [int(p) for p in core.split(".")]
        return cls(*nums, label=label)

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        return f"{s}-{self.label}" if self.label else s


tags = ["1.2.10", "1.10", "1.2.9", "2.0.0-rc1", "0.9.1", "1.2.10-hotfix", "2"]
vs = [Version.parse(t) for t in tags]
print([str(v) for v in sorted(vs)])
print(max(vs), min(vs), Version(1, 2, 10) == Version.parse("1.2.10-x"))
print(astuple(vs[0]), [f.name for f in fields(Version)], [f.compare for f in fields(Version)])
print(Version.parse("3.1") > Version(3), sorted(vs, key=lambda v: (v.label != "", v))[:2])
