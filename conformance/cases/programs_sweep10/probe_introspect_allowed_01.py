class A:
    x = 1
    def m(self): pass
a = A(); a.y = 2
print([n for n in dir(a) if not n.startswith("__")], "__init__" in dir(a), len(dir(A)) > 20)
print(vars(type("x", (), {})) if False else "", sorted(k for k in A.__dict__ if not k.startswith("__")) if False else "")
class A:
    x = 1
print(sorted(k for k in A.__dict__), type(A.__dict__).__name__)
print(dir(1)[:5], "bit_count" in dir(1), "append" in dir([]), len(dir("")) > 40)
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")], [n for n in dir("") if not n.startswith("_")])
import math
print([n for n in dir(math) if not n.startswith("_")][:10])
