x = "global"


class Config:
    x = "class"
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    pairs = [(n, x) for n in names]
    try:
        broken = [x for _ in range(1)]
    except NameError:
        broken = None

    def method(self):
        return x

    @classmethod
    def cm(cls):
        return cls.x


print(Config.upper, Config.pairs, Config.broken, Config().method(), Config.cm())


def counter():
    calls = []

    def inner(v):
        calls.append(v)
        return len(calls)
    return inner


c = counter()
print(c("a"), c("b"), c("c"))
funcs = {}
for op in "+-*":
    exec_free = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
    funcs[op] = exec_free[op]
print({k: f(6, 3) for k, f in funcs.items()})
print([(lambda y: y * 2)(i) for i in range(3)], (lambda: x)())
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row if v % 2])
print({v: k for k, v in {"a": 1, "b": 2}.items()}, {i % 3 for i in range(10)}, sum(i for i in range(5)))
gen = (i * i for i in range(3))
print(list(gen), list(gen))
i = "unchanged"
_ = [i for i in range(3)]
print(i)
if (n := len(matrix)) > 1:
    print("walrus", n)
print([y := 5, y ** 2])
