import operator
OPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv), "^": (3, operator.pow)}
def tokenize(s):
    toks, i = [], 0
    while i < len(s):
        ch = s[i]
        if ch.isspace(): i += 1; continue
        if ch.isdigit() or ch == ".":
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == "."): j += 1
            toks.append(float(s[i:j]) if "." in s[i:j] else int(s[i:j])); i = j; continue
        if ch in OPS or ch in "()": toks.append(ch); i += 1; continue
        raise SyntaxError(f"bad char {ch!r} at {i}")
    return toks
def to_rpn(toks):
    out, st = [], []
    for t in toks:
        if isinstance(t, (int, float)): out.append(t)
        elif t == "(": st.append(t)
        elif t == ")":
            while st and st[-1] != "(": out.append(st.pop())
            if not st: raise SyntaxError("unbalanced )")
            st.pop()
        else:
            p, _ = OPS[t]
            while st and st[-1] != "(" and (OPS[st[-1]][0] > p or (OPS[st[-1]][0] == p and t != "^")):
                out.append(st.pop())
            st.append(t)
    while st:
        if st[-1] == "(": raise SyntaxError("unbalanced (")
        out.append(st.pop())
    return out
def evaluate(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b, a = st.pop(), st.pop()
            st.append(OPS[t][1](a, b))
        else: st.append(t)
    return st[0]
for e in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "10 / 4 - 1.5", "7 - 2 - 1", "((2))", "1 / 0", "2 * (3", "3 $ 4", "2 ^ 0.5"]:
    try:
        print(f"{e!r:>14} => {evaluate(to_rpn(tokenize(e)))}")
    except (SyntaxError, ZeroDivisionError) as ex:
        print(f"{e!r:>14} => {type(ex).__name__}: {ex}")
