class Expr:
    def __add__(self, o): return Add(self, wrap(o))
    def __radd__(self, o): return Add(wrap(o), self)
    def __mul__(self, o): return Mul(self, wrap(o))
    def __rmul__(self, o): return Mul(wrap(o), self)
    def __pow__(self, n): return Pow(self, n)


def wrap(x):
    return x if isinstance(x, Expr) else Const(x)


class Const(Expr):
    def __init__(self, v): self.v = v
    def ev(self, env): return self.v
    def d(self, var): return Const(0)
    def __repr__(self): return str(self.v)


class Var(Expr):
    def __init__(self, n): self.n = n
    def ev(self, env): return env[self.n]
    def d(self, var): return Const(1 if var == self.n else 0)
    def __repr__(self): return self.n


class Add(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def ev(self, env): return self.a.ev(env) + self.b.ev(env)
    def d(self, var): return simplify(Add(self.a.d(var), self.b.d(var)))
    def __repr__(self): return f"({self.a} + {self.b})"


class Mul(Expr):
    def __init__(self, a, b): self.a, self.b = a, b
    def ev(self, env): return self.a.ev(env) * self.b.ev(env)
    def d(self, var): return simplify(Add(simplify(Mul(self.a.d(var), self.b)), simplify(Mul(self.a, self.b.d(var)))))
    def __repr__(self): return f"{self.a}*{self.b}"


class Pow(Expr):
    def __init__(self, a, n): self.a, self.n = a, n
    def ev(self, env): return self.a.ev(env) ** self.n
    def d(self, var): return simplify(Mul(Const(self.n), simplify(Mul(Pow(self.a, self.n - 1), self.a.d(var)))))
    def __repr__(self): return f"{self.a}^{self.n}"


def simplify(e):
    if isinstance(e, Add):
        if isinstance(e.a, Const) and e.a.v == 0: return e.b
        if isinstance(e.b, Const) and e.b.v == 0: return e.a
        if isinstance(e.a, Const) and isinstance(e.b, Const): return Const(e.a.v + e.b.v)
    if isinstance(e, Mul):
        for x, y in ((e.a, e.b), (e.b, e.a)):
            if isinstance(x, Const) and x.v == 0: return Const(0)
            if isinstance(x, Const) and x.v == 1: return y
        if isinstance(e.a, Const) and isinstance(e.b, Const): return Const(e.a.v * e.b.v)
    if isinstance(e, Pow) and e.n == 1:
        return e.a
    return e


x, y = Var("x"), Var("y")
f = 3 * x ** 2 + 2 * x * y + 7
print("f =", f)
print("df/dx =", f.d("x"), "df/dy =", f.d("y"))
env = {"x": 2, "y": -1}
print(f.ev(env), f.d("x").ev(env), f.d("y").ev(env), f.d("x").d("x"))
