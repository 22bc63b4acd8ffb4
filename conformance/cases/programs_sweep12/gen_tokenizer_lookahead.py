import re

TOKEN_SPEC = [("NUMBER", r"\d+(?:\.\d+)?"), ("NAME", r"[A-Za-z_]\w*"), ("STRING", r'"(?:[^"\\]|\\.)*"'),
              ("OP", r"==|!=|<=|>=|[-+*/=<>(),:]"), ("NEWLINE", r"\n"), ("SKIP", r"[ \t]+"), ("ERROR", r".")]
MASTER = re.compile("|".join(f"(?P<{n}>{p})" for n, p in TOKEN_SPEC))
KEYWORDS = {"if", "else", "while", "def", "return", "print"}


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        col = m.start() - line_start + 1
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "NAME" and value in KEYWORDS:
            kind = value.upper()
        elif kind == "NEWLINE":
            line, line_start = line + 1, m.end()
            continue
        elif kind == "SKIP":
            continue
        elif kind == "ERROR":
            value = f"unexpected {value!r}"
        yield kind, value, line, col


class Peekable:
    def __init__(self, it):
        self.it = iter(it)
        self.buf = []

    def peek(self, default=None):
        if not self.buf:
            try:
                self.buf.append(next(self.it))
            except StopIteration:
                return default
        return self.buf[0]

    def __iter__(self):
        return self

    def __next__(self):
        return self.buf.pop(0) if self.buf else next(self.it)


CODE = '''def area(w, h):
    return w * h
if area(3, 4.5) >= 10: print("big \\"box\\"")
x = 7 $ 2'''
toks = Peekable(tokenize(CODE))
while (t := toks.peek()) is not None:
    kind, value, line, col = next(toks)
    nxt = toks.peek(("EOF",))[0]
    print(f"{line}:{col:<3} {kind:<8} {value!r:<20} next={nxt}")
