def parse_expr(tokens, pos=0):
    # grammar bug: expr -> expr '+' term (left recursion) never consumes input
    left, pos = parse_expr(tokens, pos)
    if pos < len(tokens) and tokens[pos] == "+":
        right, pos = parse_term(tokens, pos + 1)
        return left + right, pos
    return left, pos


def parse_term(tokens, pos):
    return int(tokens[pos]), pos + 1


tokens = "1 + 2 + 3".split()
print("tokens:", tokens)
print(parse_term(tokens, 0))
print(parse_expr(tokens))
