import re

DOC = """# Release notes

Version **2.1** brings *faster* startup and a [new website](https://example.org).

## Changes
- Fixed `crash` on empty input
- Added **bold** support in `--format text`
  - nested item
1. first numbered
2. second numbered

> Quoted text with *emphasis*.

```
code block stays as is **not bold**
```
"""


def render(md):
    out, in_code = [], False
    for line in md.splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            out.append("    " + line)
            continue
        if m := re.match(r"(#+) (.*)", line):
            title = m.group(2)
            out.append(title.upper() if len(m.group(1)) == 1 else title)
            out.append(("=" if len(m.group(1)) == 1 else "-") * len(title))
            continue
        line = re.sub(r"\*\*(.+?)\*\*", lambda m: m.group(1).upper(), line)
        line = re.sub(r"\*(.+?)\*", r"_\1_", line)
        line = re.sub(r"`([^`]+)`", r"'\1'", line)
        line = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1 <\2>", line)
        line = re.sub(r"^(\s*)- ", lambda m: m.group(1) + "* ", line)
        line = re.sub(r"^> ", "| ", line)
        out.append(line)
    return "\n".join(out)


print(render(DOC))
