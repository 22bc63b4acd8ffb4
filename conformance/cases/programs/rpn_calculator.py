# Shunting-yard to RPN, then evaluate.
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "^": 3}
RIGHT = {"^"}


def tokenize(expr):
    out, num = [], ""
    for ch in expr:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(num)
            num = ""
        if ch in PREC or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise ValueError(f"bad char {ch!r}")
    if num:
        out.append(num)
    return out


def to_rpn(tokens):
    output, ops = [], []
    for t in tokens:
        if t in PREC:
            while ops and ops[-1] in PREC and (PREC[ops[-1]] > PREC[t] or (PREC[ops[-1]] == PREC[t] and t not in RIGHT)):
                output.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops and ops[-1] != "(":
                output.append(ops.pop())
            if not ops:
                raise ValueError("unbalanced )")
            ops.pop()
        else:
            output.append(t)
    while ops:
        op = ops.pop()
        if op == "(":
            raise ValueError("unbalanced (")
        output.append(op)
    return output


def eval_rpn(rpn):
    stack = []
    for t in rpn:
        if t in PREC:
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "^": a ** b}.get(t) if t in "+-*^"
                         else a / b if t == "/" else a % b)
        else:
            stack.append(float(t) if "." in t else int(t))
    if len(stack) != 1:
        raise ValueError(f"malformed expression, stack {stack}")
    return stack[0]


for e in ("3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "2 ^ 10", "(1 + 2) * (3 + 4)", "10 % 4 + 0.5", "7 / 0",
          "1 +", "(2 * 3", "4 $ 4", "100 - 10 - 1"):
    try:
        rpn = to_rpn(tokenize(e))
        print(e, "=>", " ".join(rpn), "=", eval_rpn(rpn))
    except ZeroDivisionError as err:
        print(e, "=> ZeroDivisionError", err)
    except ValueError as err:
        print(e, "=> ValueError", err)
    except IndexError as err:
        print(e, "=> IndexError", err)
