# Greedy word wrap and justification.
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = word if not line else line + " " + word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


text = ("Beautiful is better than ugly. Explicit is better than implicit. Simple is "
        "better than complex. Complex is better than complicated.")
for width in (20, 32):
    print("-" * width)
    for ln in wrap(text, width):
        print("|" + justify(ln, width) + "|")
print(wrap("", 10), wrap("supercalifragilistic word", 5))
