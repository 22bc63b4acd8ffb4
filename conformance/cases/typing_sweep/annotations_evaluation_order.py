# Annotations are evaluated at def time, left to right; errors surface there.
order = []
def mark(name):
    order.append(name)
    return name
def f(a: mark("a"), b: mark("b") = mark("default")) -> mark("ret"):
    pass
print(order)
class K:
    x: mark("x")
    y: mark("y") = mark("yv")
print(order)
try:
    def g(a: undefined_name): pass
except NameError as e:
    print("NameError", e)
try:
    def h(a: list[int] | "str"): pass
except TypeError as e:
    print("TypeError", e)
