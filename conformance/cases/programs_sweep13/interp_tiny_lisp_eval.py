import math
import operator as op


def tokenize(s):
    return s.replace("(", " ( ").replace(")", " ) ").split()


def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(read(tokens))
        tokens.pop(0)
        return lst
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok


def standard_env():
    env = {"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq,
           "abs": abs, "max": max, "min": min, "list": lambda *x: list(x), "car": lambda x: x[0],
           "cdr": lambda x: x[1:], "len": len, "pi": math.pi, "sqrt": math.sqrt}
    return env


def evaluate(x, env):
    if isinstance(x, str):
        return env[x]
    if not isinstance(x, list):
        return x
    head, *args = x
    if head == "if":
        test, conseq, alt = args
        return evaluate(conseq if evaluate(test, env) else alt, env)
    if head == "define":
        env[args[0]] = evaluate(args[1], env)
        return None
    if head == "lambda":
        params, body = args
        return lambda *vals: evaluate(body, {**env, **dict(zip(params, vals))})
    proc = evaluate(head, env)
    return proc(*(evaluate(a, env) for a in args))


env = standard_env()
for src in ["(define sq (lambda (x) (* x x)))", "(sq 12)", "(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
            "(fact 20)", "(car (cdr (list 1 2 3)))", "(sqrt (+ (sq 3) (sq 4)))", "(max 3 (abs -7) 5)", "(* pi 2)"]:
    result = evaluate(read(tokenize(src)), env)
    if result is not None:
        print(f"{src} => {result}")
try:
    evaluate(read(tokenize("(undefined 1)")), env)
except KeyError as e:
    print("unbound symbol:", e)
