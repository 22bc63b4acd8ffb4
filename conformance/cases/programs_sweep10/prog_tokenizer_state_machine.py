from enum import Enum, auto
from dataclasses import dataclass
class S(Enum):
    START = auto(); IDENT = auto(); NUMBER = auto(); STRING = auto(); ESCAPE = auto(); FLOAT = auto()
@dataclass(frozen=True)
class Tok:
    kind: str
    text: str
    col: int
    def __str__(self): return f"{self.kind}({self.text!r})@{self.col}"
class LexError(Exception):
    def __init__(self, msg, col):
        super().__init__(f"{msg} at column {col}")
        self.col = col
def lex(src):
    state, buf, start, out = S.START, [], 0, []
    def emit(kind):
        nonlocal buf
        out.append(Tok(kind, "".join(buf), start)); buf = []
    i = 0
    while i <= len(src):
        ch = src[i] if i < len(src) else "\0"
        match state:
            case S.START:
                if ch == "\0": break
                start = i
                if ch.isspace(): pass
                elif ch.isalpha() or ch == "_": state = S.IDENT; buf.append(ch)
                elif ch.isdigit(): state = S.NUMBER; buf.append(ch)
                elif ch == '"': state = S.STRING
                elif ch in "+-*/=()<>": out.append(Tok("OP", ch, i))
                else: raise LexError(f"unexpected {ch!r}", i)
            case S.IDENT:
                if ch.isalnum() or ch == "_": buf.append(ch)
                else: emit("KW" if "".join(buf) in {"if", "else", "let"} else "NAME"); state = S.START; continue
            case S.NUMBER | S.FLOAT:
                if ch.isdigit(): buf.append(ch)
                elif ch == "." and state is S.NUMBER: buf.append(ch); state = S.FLOAT
                elif ch.isalpha(): raise LexError("bad number suffix", i)
                else: emit("FLOAT" if state is S.FLOAT else "INT"); state = S.START; continue
            case S.STRING:
                if ch == "\0": raise LexError("unterminated string", start)
                elif ch == "\\": state = S.ESCAPE
                elif ch == '"': emit("STR"); state = S.START
                else: buf.append(ch)
            case S.ESCAPE:
                buf.append({"n": "\n", "t": "\t"}.get(ch, ch)); state = S.STRING
        i += 1
    return out
for src in ['let x = 42 + y_2', 'if a<3.5 "hi\\n there" else b', 'x = 3.14.15', '"open', 'n = 12ab', 'a @ b', '']:
    try:
        print(" ".join(map(str, lex(src))) or "<empty>")
    except LexError as e:
        print("LexError:", e, e.col, e.args)
