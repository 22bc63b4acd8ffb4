class A:
    def hello(self): return "A"
class B(A):
    def hello(self):
        def inner():
            return super().hello()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def via_lambda(self):
        f = lambda: super(B, self).hello()
        return f()
    def cls_cell(self):
        return __class__.__name__
    @staticmethod
    def st():
        try:
            return super().hello()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    @classmethod
    def cm(cls):
        return super().hello
print(B().hello(), B().via_lambda(), B().cls_cell(), B.st(), B.cm().__qualname__)
class C(B):
    pass
print(C().cls_cell(), super(C, C()).hello(), super(B, C()).hello())
try:
    super(C, A()).hello()
except TypeError as e:
    print(e)
def make(n):
    class Local:
        size = n
        def get(self): return n * 2
        def __repr__(self): return f"Local(size={self.size})"
    return Local
L3 = make(3)
print(L3(), L3().get(), make(5)().get(), L3.__qualname__, L3 is make(3))
def gen_with():
    class CM:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
    with CM():
        yield 1
        yield 2
    yield "after"
g = gen_with()
print(next(g)); print(g.throw(ValueError("x")))
g.close()
def retelse():
    try:
        x = 1
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally")
print(retelse())
def gen_finally_return():
    try:
        yield 1
    finally:
        return "swallowed"
g = gen_finally_return(); next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("StopIteration value", e.value)
funcs = []
for i in range(3):
    funcs.append((lambda: i, (lambda j=i: j)))
print([(f(), g()) for f, g in funcs])
gens = [(x * i for x in range(2)) for i in range(3)]
print([list(g) for g in gens])
