def table(rows, headers, align=None):
    cols = list(zip(*([headers] + [[str(c) for c in r] for r in rows])))
    widths = [max(len(c) for c in col) for col in cols]
    align = align or ["<"] * len(headers)
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def fmt(cells):
        return "| " + " | ".join(f"{c:{a}{w}}" for c, a, w in zip(cells, align, widths)) + " |"

    lines = [sep, fmt(headers), sep.replace("-", "=")]
    lines += [fmt([str(c) for c in r]) for r in rows]
    lines.append(sep)
    return "\n".join(lines)


rows = [("widget", 3, 2.5), ("gadget extra long", 120, 0.333), ("x", 0, -1)]
print(table(rows, ["name", "qty", "price"], ["<", ">", ">"]))
print(table([], ["a", "b"]))
print(table([(None, True)], ["none", "bool"], ["^", "^"]))
