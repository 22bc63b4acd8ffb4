import re
from functools import total_ordering

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


@total_ordering
class Version:
    def __init__(self, text):
        m = SEMVER.match(text)
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.text = text
        self.core = tuple(int(x) for x in m.group(1, 2, 3))
        self.pre = tuple(int(p) if p.isdigit() else p for p in m.group(4).split(".")) if m.group(4) else ()
        self.build = m.group(5)

    def _key(self):
        pre = tuple((0, p, "") if isinstance(p, int) else (1, 0, p) for p in self.pre)
        return self.core, (1,) if not self.pre else (0,) + pre

    def __eq__(self, o):
        return self._key() == o._key()

    def __lt__(self, o):
        return self._key() < o._key()

    def __repr__(self):
        return f"Version({self.text!r})"

    def bump(self, part):
        major, minor, patch = self.core
        return Version({"major": f"{major + 1}.0.0", "minor": f"{major}.{minor + 1}.0",
                        "patch": f"{major}.{minor}.{patch + 1}"}[part])


def satisfies(v, spec):
    op, ver = re.match(r"(>=|<=|==|>|<|\^|~)?(.*)", spec).groups()
    target = Version(ver)
    if op == "^":
        return target <= v < target.bump("major")
    if op == "~":
        return target <= v < target.bump("minor")
    return {">=": v >= target, "<=": v <= target, ">": v > target, "<": v < target,
            "==": v == target, None: v == target}[op]


tags = ["1.0.0", "v2.1.3", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-beta.2", "1.0.0-beta.11",
        "1.0.0-rc.1", "0.9.12", "2.0.0+build.5", "1.10.0", "1.2.0"]
vs = sorted(map(Version, tags))
print([v.text for v in vs])
for spec in ["^1.0.0", "~1.2.0", ">=2.0.0", "<1.0.0", "==1.10.0"]:
    print(f"{spec:<9}", [v.text for v in vs if satisfies(v, spec)])
print(Version("2.0.0+a") == Version("2.0.0+b"), max(vs), Version("1.2.3").bump("minor"))
for bad in ["1.2", "01.2.3x", "v1.2.3.4"]:
    try:
        Version(bad)
    except ValueError as e:
        print(e)
