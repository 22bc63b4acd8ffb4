import math
import operator as op


def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()


def parse(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens[0] != ")":
            lst.append(parse(tokens))
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return tok


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        if name in self:
            return self
        if self.outer is None:
            raise NameError(f"unbound symbol {name}")
        return self.outer.find(name)


def global_env():
    env = Env()
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt,
                ">": op.gt, "=": op.eq, "<=": op.le, "abs": abs, "sqrt": math.sqrt,
                "list": lambda *a: list(a), "car": lambda x: x[0], "cdr": lambda x: x[1:],
                "cons": lambda a, b: [a] + b, "null?": lambda x: x == [], "length": len})
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        head, *rest = x
        if head == "quote":
            return rest[0]
        if head == "if":
            test, conseq, alt = rest
            x = conseq if evaluate(test, env) else alt
            continue
        if head == "define":
            env[rest[0]] = evaluate(rest[1], env)
            return None
        if head == "lambda":
            params, body = rest
            return lambda *args: evaluate(body, Env(params, args, env))
        if head == "begin":
            for e in rest[:-1]:
                evaluate(e, env)
            x = rest[-1]
            continue
        proc = evaluate(head, env)
        return proc(*[evaluate(a, env) for a in rest])


def to_str(v):
    if isinstance(v, list):
        return "(" + " ".join(map(to_str, v)) + ")"
    if v is True:
        return "#t"
    if v is False:
        return "#f"
    return str(v)


env = global_env()
programs = [
    "(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))",
    "(fact 20)",
    "(define map (lambda (f xs) (if (null? xs) (quote ()) (cons (f (car xs)) (map f (cdr xs))))))",
    "(map (lambda (x) (* x x)) (list 1 2 3 4 5))",
    "(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
    "(count 150 0)",
    "(begin (define r 3) (* 3.14159 (* r r)))",
    "(sqrt (abs (- 0 16)))",
    "(length (quote (a b c)))",
    "(< 1 2)",
    "(undefined-thing 1)",
    "(car (quote ()))",
    ")",
]
for src in programs:
    try:
        result = evaluate(parse(tokenize(src)), env)
        if result is not None:
            print(to_str(result))
    except (NameError, SyntaxError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
