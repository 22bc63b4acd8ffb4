import math, operator as op
from typing import Any
Symbol = str
class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args)); self.outer = outer
    def find(self, var):
        if var in self: return self
        if self.outer is None: raise NameError(f"undefined symbol: {var}")
        return self.outer.find(var)
def tokenize(s): return s.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    if not tokens: raise SyntaxError("unexpected EOF")
    t = tokens.pop(0)
    if t == "(":
        L = []
        while tokens and tokens[0] != ")": L.append(read(tokens))
        if not tokens: raise SyntaxError("missing )")
        tokens.pop(0); return L
    if t == ")": raise SyntaxError("unexpected )")
    for conv in (int, float):
        try: return conv(t)
        except ValueError: pass
    return Symbol(t)
def std_env():
    env = Env()
    env.update(vars(math) if False else {"pi": math.pi, "sqrt": math.sqrt})
    env.update({"+": op.add, "-": op.sub, "*": op.mul, "/": op.truediv, "<": op.lt, ">": op.gt, "=": op.eq, "<=": op.le,
                "list": lambda *x: list(x), "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
                "null?": lambda x: x == [], "begin": lambda *x: x[-1], "length": len, "map": lambda f, xs: list(map(f, xs))})
    return env
class Procedure:
    def __init__(self, params, body, env): self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params): raise TypeError(f"expected {len(self.params)} args, got {len(args)}")
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x: Any, env: Env):
    while True:
        match x:
            case str(): return env.find(x)[x]
            case int() | float(): return x
            case ["quote", e]: return e
            case ["if", test, conseq, alt]:
                x = conseq if evaluate(test, env) else alt; continue
            case ["define", str(name), e]:
                env[name] = evaluate(e, env); return None
            case ["set!", str(name), e]:
                env.find(name)[name] = evaluate(e, env); return None
            case ["lambda", list(params), body]: return Procedure(params, body, env)
            case [f, *args]:
                proc = evaluate(f, env); vals = [evaluate(a, env) for a in args]
                return proc(*vals)
            case []: raise SyntaxError("empty expression")
def to_str(v):
    if isinstance(v, list): return "(" + " ".join(map(to_str, v)) + ")"
    if v is True: return "#t"
    if v is False: return "#f"
    return str(v)
g = std_env()
prog = """(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(map fib (list 0 1 2 3 4 5 6 7 8 9 10))
(define make-counter (lambda () (begin (define n 0) (lambda () (begin (set! n (+ n 1)) n)))))
(define c (make-counter))
(c)
(c)
(cons 1 (quote (2 3)))
(car (cdr (quote (a b c))))
(* pi (* 2 2))
(length (list 1 2 3))
(null? (quote ()))
(undefined-thing 1)
(fact 1 2)
(1 2)
(+ 1
)
(/ 1 0)"""
buf = []
for line in prog.splitlines():
    buf.append(line)
    src = " ".join(buf)
    if src.count("(") > src.count(")"): continue
    buf = []
    try:
        r = evaluate(read(tokenize(src)), g)
        if r is not None: print(f"{src[:40]:<42}=> {to_str(r)}")
    except (NameError, TypeError, SyntaxError, ZeroDivisionError) as e:
        print(f"{src[:40]:<42}!! {type(e).__name__}: {e}")
