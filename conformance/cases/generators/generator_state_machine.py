# A tokenizer written as a generator.
def tokens(src):
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield ("NUM", int(src[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            yield ("KW" if word in ("if", "else", "while") else "NAME", word)
            i = j
        elif src.startswith(("==", "<=", ">=", "!="), i):
            yield ("OP", src[i:i + 2])
            i += 2
        elif ch in "+-*/=<>(){}":
            yield ("OP", ch)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")


for tok in tokens("while x_1 <= 10 { x_1 = x_1 + 2 }"):
    print(tok)
try:
    list(tokens("a = 1 $ 2"))
except SyntaxError as e:
    print("SyntaxError", e)
