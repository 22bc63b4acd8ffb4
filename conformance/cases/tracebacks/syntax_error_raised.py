# A SyntaxError a script raises with a location prints like a compile
# error: "File ..., line N", the text with its caret, then msg alone (its
# notes are not shown, as in 3.11).
def parse(expr):
    tokens = expr.split()
    for i, tok in enumerate(tokens):
        if tok == "*" and (i == 0 or tokens[i - 1] in "+-*/"):
            col = expr.index(tok) + 1
            err = SyntaxError("unexpected operator", ("calc", 1, col, expr, 1, col + 1))
            err.add_note("while parsing")
            raise err
    return tokens


print(parse("1 + 2"))
parse("1 + * 2")
