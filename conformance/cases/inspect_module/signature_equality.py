import inspect

def f(a, b=1, *, c, d=2):
    pass

def g(a, b=1, *, d=2, c):
    pass

def h(a, b=2, *, c, d=2):
    pass

def k(x, b=1, *, c, d=2):
    pass

sf, sg, sh, sk = (inspect.signature(x) for x in (f, g, h, k))
print(sf == sg, sf == sh, sf == sk, sf != sh)
print(hash(sf) == hash(sg))
print(sf == "(a, b=1, *, c, d=2)", sf == sf.replace())
print(sf.replace(return_annotation=int) == sf)
d = {sf: "f"}
print(d[sg])
