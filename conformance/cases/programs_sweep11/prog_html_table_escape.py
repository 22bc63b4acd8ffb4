import html


def render_table(rows, header):
    esc = lambda v: html.escape(str(v))
    out = ["<table>", "  <tr>" + "".join(f"<th>{esc(h)}</th>" for h in header) + "</tr>"]
    for r in rows:
        cells = []
        for h in header:
            v = r.get(h, "")
            cls = ' class="num"' if isinstance(v, (int, float)) and not isinstance(v, bool) else ""
            cells.append(f"<td{cls}>{esc(v)}</td>")
        out.append("  <tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


rows = [{"name": "<script>", "qty": 3, "note": 'say "hi" & bye'}, {"name": "O'Neil", "qty": 2.5, "ok": True}, {"name": "plain"}]
print(render_table(rows, ["name", "qty", "note"]))
print(html.unescape("&lt;b&gt; &amp;amp; &#39;q&#39; &#x263A; &nbsp;|"), html.escape("'\"", quote=False))
