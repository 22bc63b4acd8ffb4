import sys

PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2}


def to_rpn(tokens):
    out, ops = [], []
    for t in tokens:
        if t.isdigit():
            out.append(int(t))
        elif t in PREC:
            while ops and ops[-1] in PREC and PREC[ops[-1]] >= PREC[t]:
                out.append(ops.pop())
            ops.append(t)
        elif t == "(":
            ops.append(t)
        elif t == ")":
            while ops[-1] != "(":
                out.append(ops.pop())
            ops.pop()
    while ops:
        out.append(ops.pop())
    return out


def eval_rpn(rpn):
    st = []
    for t in rpn:
        if isinstance(t, int):
            st.append(t)
        else:
            b, a = st.pop(), st.pop()
            st.append({"+": a + b, "-": a - b, "*": a * b, "/": int(a / b), "%": a % b}[t])
    return st[0]


def tokenize(s):
    toks, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
            continue
        if num:
            toks.append(num)
            num = ""
        if not ch.isspace():
            toks.append(ch)
    if num:
        toks.append(num)
    return toks


for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    rpn = to_rpn(tokenize(line))
    print(f"{line} => {' '.join(map(str, rpn))} => {eval_rpn(rpn)}")
