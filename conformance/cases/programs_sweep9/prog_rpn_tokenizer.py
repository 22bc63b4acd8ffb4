import re, operator
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
RIGHT = {"^"}
OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": operator.pow}
def tokens(s):
    for num, op in TOKEN.findall(s):
        if num:
            yield float(num) if "." in num else int(num)
        elif op.strip():
            yield op
def to_rpn(expr):
    out, stack = [], []
    for tok in tokens(expr):
        if isinstance(tok, (int, float)):
            out.append(tok)
        elif tok in PREC:
            while stack and stack[-1] in PREC and (PREC[stack[-1]] > PREC[tok] or (PREC[stack[-1]] == PREC[tok] and tok not in RIGHT)):
                out.append(stack.pop())
            stack.append(tok)
        elif tok == "(":
            stack.append(tok)
        elif tok == ")":
            while stack and stack[-1] != "(":
                out.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced )")
            stack.pop()
        else:
            raise SyntaxError(f"bad token {tok!r}")
    while stack:
        t = stack.pop()
        if t == "(":
            raise SyntaxError("unbalanced (")
        out.append(t)
    return out
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(t)
    return st[0]
for e in ["3 + 4 * 2 / ( 1 - 5 ) ^ 2 ^ 3", "2^3^2", "(1+2)*3", "10/4", "7 - 2 - 1", "((2)", "2 $ 3", "1)", "2.5*4"]:
    try:
        r = to_rpn(e)
        print(e, "=>", " ".join(map(str, r)), "=", eval_rpn(r))
    except SyntaxError as ex:
        print(e, "=> SyntaxError:", ex)
