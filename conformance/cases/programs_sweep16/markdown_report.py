import re, textwrap, string, statistics
from datetime import date, timedelta
from decimal import Decimal
from collections import namedtuple

Row = namedtuple("Row", "name region sales growth")
rows = [Row("Widget Pro", "EMEA", Decimal("125000.50"), 0.125), Row("Gizmo", "APAC", Decimal("98000"), -0.034),
        Row("Doohickey Max Ultra", "AMER", Decimal("1500.75"), 1.5), Row("Thing", "EMEA", Decimal("0"), None)]

def md_table(headers, data, aligns):
    cells = [[str(h) for h in headers]] + [[str(c) for c in r] for r in data]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    def fmt_row(r):
        out = []
        for c, w, a in zip(r, widths, aligns):
            out.append({"<": c.ljust(w), ">": c.rjust(w), "^": c.center(w)}[a])
        return "| " + " | ".join(out) + " |"
    sep = "|" + "|".join((":" if a in "<^" else "-") + "-" * w + (":" if a in ">^" else "-") for w, a in zip(widths, aligns)) + "|"
    return "\n".join([fmt_row(cells[0]), sep] + [fmt_row(r) for r in cells[1:]])

data = [(r.name, r.region, f"{r.sales:,.2f}", "n/a" if r.growth is None else f"{r.growth:+.1%}") for r in rows]
print(md_table(["Product", "Region", "Sales", "Growth"], data, "<^>>"))
total = sum(r.sales for r in rows)
print(f"\n**Total:** {total:,} ({len(rows)} products, mean {statistics.mean(r.sales for r in rows):,.2f})")
tpl = string.Template(textwrap.dedent("""\
    ## Weekly summary for $team
    Period: $start – $end ($days days)
    Top product: **$top** with $$$amount
    """))
start = date(2024, 2, 26)
print(tpl.substitute(team="Sales", start=start, end=start + timedelta(days=6), days=7, top=max(rows, key=lambda r: r.sales).name, amount=f"{max(r.sales for r in rows):,.0f}"))
md = """# Title
Some *emphasis* and **bold** text with `code` and a [link](http://x.y/z?a=1&b=2).
- item one
- item **two**
1. first
2. second
"""
def render(md):
    html = []
    in_ul = in_ol = False
    for line in md.splitlines():
        inline = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", line)
        inline = re.sub(r"(?<!\*)\*(?!\*)(.+?)\*", r"<i>\1</i>", inline)
        inline = re.sub(r"`([^`]+)`", r"<code>\1</code>", inline)
        inline = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", lambda m: f'<a href="{m[2].replace("&", "&amp;")}">{m[1]}</a>', inline)
        if m := re.match(r"(#{1,6}) (.*)", inline):
            html.append(f"<h{len(m[1])}>{m[2]}</h{len(m[1])}>")
        elif m := re.match(r"- (.*)", inline):
            if not in_ul:
                html.append("<ul>"); in_ul = True
            html.append(f"  <li>{m[1]}</li>")
        elif m := re.match(r"\d+\. (.*)", inline):
            if in_ul:
                html.append("</ul>"); in_ul = False
            if not in_ol:
                html.append("<ol>"); in_ol = True
            html.append(f"  <li>{m[1]}</li>")
        else:
            html.append(f"<p>{inline}</p>")
    if in_ul: html.append("</ul>")
    if in_ol: html.append("</ol>")
    return "\n".join(html)
print(render(md))
slug = lambda s: re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
print([slug(r.name) for r in rows], slug("  Hello, World!! 2024 "))
print(textwrap.fill("This report was generated automatically; figures are unaudited and may change. " * 3, width=60, initial_indent="> ", subsequent_indent="> "))
