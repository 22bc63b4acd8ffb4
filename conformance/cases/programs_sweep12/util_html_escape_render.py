import html
from html import escape, unescape

rows = [
    {"name": "Tom & Jerry", "note": "<b>bold</b> claims", "score": 9.5},
    {"name": 'Quote "Q"', "note": "it's > all", "score": 7},
]


def render_table(rows):
    cols = list(rows[0])
    out = ["<table>", "  <tr>" + "".join(f"<th>{escape(c)}</th>" for c in cols) + "</tr>"]
    for r in rows:
        cells = "".join(f"<td>{escape(str(r[c]))}</td>" for c in cols)
        out.append(f"  <tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


print(render_table(rows))
print(escape("<a href='x'>", quote=False), escape("<a href='x'>"))
print(unescape("&lt;p&gt; &amp;amp; &copy; &#169; &#x41; &eacute; &notanentity; &nbsp;|"))
print(html.unescape("&frac12;&hearts;&rarr;&euro;"), repr(unescape("&#0;&#x110000;")))
from html.entities import name2codepoint, codepoint2name
print(name2codepoint["amp"], codepoint2name[62], len(name2codepoint) > 200)
