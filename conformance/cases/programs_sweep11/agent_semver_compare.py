import re
from functools import total_ordering

SEMVER = re.compile(r"^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


@total_ordering
class SemVer:
    def __init__(self, text):
        m = SEMVER.match(text.strip())
        if not m:
            raise ValueError(f"invalid semantic version: {text!r}")
        self.major, self.minor, self.patch = map(int, m.group(1, 2, 3))
        self.pre = tuple(int(p) if p.isdigit() else p for p in m[4].split(".")) if m[4] else ()
        self.build = m[5]

    def _key(self):
        pre_key = tuple((0, p) if isinstance(p, int) else (1, p) for p in self.pre)
        return (self.major, self.minor, self.patch, not self.pre, pre_key)

    def __eq__(self, o):
        return self._key() == o._key()

    def __lt__(self, o):
        return self._key() < o._key()

    def bump(self, part):
        parts = {"major": (self.major + 1, 0, 0), "minor": (self.major, self.minor + 1, 0), "patch": (self.major, self.minor, self.patch + 1)}
        return SemVer("%d.%d.%d" % parts[part])

    def __repr__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += "-" + ".".join(map(str, self.pre))
        if self.build:
            s += "+" + self.build
        return s


vs = ["1.0.0", "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "v2.1.3+build.5", "0.9.12"]
print(sorted(SemVer(v) for v in vs))
print(SemVer("1.0.0+a") == SemVer("1.0.0+b"), max(map(SemVer, vs)), SemVer("1.2.3").bump("minor"), SemVer("1.2.3").bump("major"))
for bad in ["1.0", "01.x.0", "1.2.3-", ""]:
    try:
        SemVer(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    SemVer("1.0.0").bump("micro")
except KeyError as e:
    print("KeyError", e)
