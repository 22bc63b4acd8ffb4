# A custom exception with a __str__ that formats fields; raised from a
# recursive descent parser, with the parser's frames in the traceback.
class ParseError(Exception):
    def __init__(self, pos, expected, got):
        super().__init__(pos, expected, got)
        self.pos, self.expected, self.got = pos, expected, got

    def __str__(self):
        return f"at {self.pos}: expected {self.expected}, got {self.got!r}"


def parse_expr(tokens, i):
    value, i = parse_term(tokens, i)
    while i < len(tokens) and tokens[i] == "+":
        rhs, i = parse_term(tokens, i + 1)
        value += rhs
    return value, i


def parse_term(tokens, i):
    if i >= len(tokens):
        raise ParseError(i, "number", "end of input")
    if tokens[i] == "(":
        value, i = parse_expr(tokens, i + 1)
        if i >= len(tokens) or tokens[i] != ")":
            raise ParseError(i, "')'", tokens[i] if i < len(tokens) else "end")
        return value, i + 1
    if not tokens[i].isdigit():
        raise ParseError(i, "number", tokens[i])
    return int(tokens[i]), i + 1


for text in ["1 + 2 + ( 3 + 4 )", "( 1 + 2", "1 + x"]:
    try:
        print(text, "=", parse_expr(text.split(), 0)[0])
    except ParseError as e:
        print(text, "->", e, e.args)
parse_expr("( ( 1 + ) )".split(), 0)
