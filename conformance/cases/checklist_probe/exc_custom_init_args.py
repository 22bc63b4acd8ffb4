class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
class F(E):
    def __repr__(self):
        return "F!"
try:
    raise F(2, "sub")
except E as e:
    print(repr(e), str(e), e.args, e.code)
class G(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise G(1, 2)
except G as g:
    print(repr(g), str(g), g.args)
class H(Exception):
    def __init__(self):
        pass
print(repr(H()), str(H()), H().args)
class I(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, "fixed")
        return obj
print(repr(I(1, 2)), I(1, 2).args)
try:
    raise G
except TypeError as t:
    print(type(t).__name__, t)
raise E(404, "not found")
