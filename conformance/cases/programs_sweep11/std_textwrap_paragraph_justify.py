import textwrap


def justify(text, width):
    lines = textwrap.wrap(text, width)
    out = []
    for line in lines[:-1]:
        words = line.split()
        if len(words) == 1:
            out.append(words[0].ljust(width))
            continue
        gaps = len(words) - 1
        spaces = width - sum(map(len, words))
        q, r = divmod(spaces, gaps)
        out.append("".join(w + " " * (q + (i < r)) for i, w in enumerate(words[:-1])) + words[-1])
    out.append(lines[-1].ljust(width))
    return out


text = "Python is a programming language that lets you work quickly and integrate systems more effectively."
for line in justify(text, 30):
    print(f"|{line}|")
for line in justify("short", 10):
    print(f"|{line}|")
print(textwrap.wrap(text, 20, break_on_hyphens=False, max_lines=3, placeholder=" ..."))
