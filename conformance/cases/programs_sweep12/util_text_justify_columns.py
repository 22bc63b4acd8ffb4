def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if cur and length + len(cur) + len(w) > width:
            lines.append((cur, length))
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    out = []
    for ws, ln in lines:
        gaps = len(ws) - 1
        if gaps == 0:
            out.append(ws[0].ljust(width))
            continue
        spaces, extra = divmod(width - ln, gaps)
        out.append("".join(w + " " * (spaces + (i < extra)) for i, w in enumerate(ws[:-1])) + ws[-1])
    out.append(" ".join(cur).ljust(width))
    return out


TEXT = ("This is an example of text justification where every line except the last is padded "
        "so that it exactly fills the requested width with spaces distributed from the left.")
for width in (16, 30):
    print("+" + "-" * width + "+")
    for line in justify(TEXT.split(), width):
        print("|" + line + "|")
print()
items = [f"item{i:02d}" for i in range(1, 14)]
cols = 4
rows = -(-len(items) // cols)
for r in range(rows):
    print("  ".join(f"{items[c * rows + r]:<8}" for c in range(cols) if c * rows + r < len(items)))
