import html
import re

comments = ['<script>alert("x")</script>', "Tom & Jerry's \"show\"", "5 > 3 and 2 < 4", "caf&eacute; &amp; cr&egrave;me &#233; &#x263A;"]
for c in comments:
    print(html.escape(c), "|", html.escape(c, quote=False))
for c in comments:
    print(html.unescape(c))
TAG = re.compile(r"<[^>]+>")
doc = "<p>Hello <b>world</b> &mdash; <a href='/x'>link</a>&nbsp;!</p>"
text = html.unescape(TAG.sub("", doc))
print(repr(text), len(text))
rows = [("Name", "Score"), ("Ann <admin>", 93), ("Bob & co", 88)]
table = "<table>\n" + "\n".join("  <tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>" for r in rows) + "\n</table>"
print(table)
