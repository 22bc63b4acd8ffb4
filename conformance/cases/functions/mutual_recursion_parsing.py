# Mutually recursive functions parsing nested lists from text.
def parse(text):
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] == " ":
            pos += 1

    def value():
        nonlocal pos
        skip()
        if text[pos] == "[":
            return array()
        start = pos
        while pos < len(text) and (text[pos].isdigit() or text[pos] == "-"):
            pos += 1
        return int(text[start:pos])

    def array():
        nonlocal pos
        pos += 1
        items = []
        skip()
        if text[pos] == "]":
            pos += 1
            return items
        while True:
            items.append(value())
            skip()
            if text[pos] == ",":
                pos += 1
            elif text[pos] == "]":
                pos += 1
                return items
            else:
                raise ValueError(f"unexpected {text[pos]!r} at {pos}")

    return value()


for src in ("[1, 2, 3]", "[[1], [2, [3, -4]], []]", "42", "[ ]", "[1; 2]"):
    try:
        result = parse(src)
        print(src, "->", result, sum(x for x in result if isinstance(x, int)) if isinstance(result, list) else result)
    except ValueError as e:
        print(src, "-> ValueError", e)
