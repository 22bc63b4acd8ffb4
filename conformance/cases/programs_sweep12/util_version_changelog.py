import re
from collections import defaultdict

COMMITS = """a1b2c3 feat(api): add pagination to /users
d4e5f6 fix(db): close cursors on error
0a0b0c docs: update README
111222 feat!: drop python 3.8 support
333444 fix(api): handle empty query
555666 chore(ci): bump actions
777888 feat(ui): dark mode
999aaa perf(db): batch inserts
bbbccc fix: typo in error message
dddeee refactor(core)!: rename Engine to Runtime"""
PAT = re.compile(r"^(?P<sha>\w+) (?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<msg>.+)$")
groups = defaultdict(list)
breaking = []
for line in COMMITS.splitlines():
    m = PAT.match(line)
    d = m.groupdict()
    entry = (f"**{d['scope']}:** " if d["scope"] else "") + d["msg"] + f" ({d['sha'][:6]})"
    groups[d["type"]].append(entry)
    if d["bang"]:
        breaking.append(entry)
TITLES = {"feat": "Features", "fix": "Bug Fixes", "perf": "Performance"}


def bump(version, breaking, groups):
    major, minor, patch = map(int, version.split("."))
    if breaking:
        return f"{major + 1}.0.0"
    if groups.get("feat"):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


new = bump("2.4.1", breaking, groups)
print(f"## {new}\n")
if breaking:
    print("### BREAKING CHANGES")
    print("\n".join(f"- {b}" for b in breaking), end="\n\n")
for t, title in TITLES.items():
    if groups.get(t):
        print(f"### {title}")
        print("\n".join(f"- {e}" for e in groups[t]), end="\n\n")
print("other:", {t: len(v) for t, v in groups.items() if t not in TITLES})
