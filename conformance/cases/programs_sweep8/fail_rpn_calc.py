import operator
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
class RPNError(Exception):
    pass
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            try:
                b, a = stack.pop(), stack.pop()
            except IndexError:
                raise RPNError(f"not enough operands for {tok!r}") from None
            stack.append(OPS[tok](a, b))
        else:
            stack.append(float(tok))
    if len(stack) != 1:
        raise RPNError(f"leftover stack {stack}")
    return stack[0]
for e in ["3 4 + 2 *", "5 1 2 + 4 * + 3 -", "1 2 3", "2 +", "4 0 /"]:
    try:
        print(f"{e!r:>22} = {rpn(e):g}")
    except RPNError as err:
        print(f"{e!r:>22} ! {err}")
print(rpn("2 x *"))
