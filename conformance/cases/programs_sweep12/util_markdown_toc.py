import re

DOC = """# Project Title
Intro text.
## Installation
### From source
Run `make`.
### With pip
## Usage
```
# not a heading inside code
```
## Usage
### Advanced: tips & tricks!
# Appendix
"""


def slug(text, seen):
    s = re.sub(r"[^\w\- ]", "", text.lower()).strip().replace(" ", "-")
    n = seen.get(s, 0)
    seen[s] = n + 1
    return s if n == 0 else f"{s}-{n}"


def toc(md):
    seen, out, in_code = {}, [], False
    for line in md.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        m = re.match(r"(#{1,6})\s+(.*)", line)
        if m and not in_code:
            level = len(m.group(1))
            title = m.group(2).strip()
            out.append(f"{'  ' * (level - 1)}- [{title}](#{slug(title, seen)})")
    return "\n".join(out)


print(toc(DOC))
counts = {}
for line in DOC.splitlines():
    if m := re.match(r"^(#+) ", line):
        counts[len(m[1])] = counts.get(len(m[1]), 0) + 1
print(counts)
print(re.sub(r"`([^`]+)`", r"<code>\1</code>", "Use `make` or `pip install .`"))
print(re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", "**bold** and **more bold**"))
