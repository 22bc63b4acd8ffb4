def parse_color(text):
    text = text.lstrip("#")
    if len(text) == 3:
        text = "".join(c * 2 for c in text)
    return tuple(int(text[i:i + 2], 16) for i in (0, 2, 4))


for c in ["#ff8800", "#0af", "123456"]:
    print(c, parse_color(c))
print(parse_color("#gg0000"))
