import re
import html


def inline(text):
    text = html.escape(text, quote=False)
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"`([^`]+)`", r"<code>\1</code>", text)
    text = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', text)
    return text


def render(md):
    out = []
    in_list = False
    for line in md.splitlines():
        if m := re.match(r"(#{1,6})\s+(.*)", line):
            level = len(m[1])
            out.append(f"<h{level}>{inline(m[2])}</h{level}>")
            continue
        if m := re.match(r"[-*]\s+(.*)", line):
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"  <li>{inline(m[1])}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if line.strip():
            out.append(f"<p>{inline(line.strip())}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


doc = """# Title & *intro*
Some **bold** text with `code <tag>` and a [link](http://x.io/?a=1&b=2).

- first *item*
- second **item**
* third
## End
"""
print(render(doc))
