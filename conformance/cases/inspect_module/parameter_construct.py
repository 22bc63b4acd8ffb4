import inspect

P = inspect.Parameter
p = P("x", P.POSITIONAL_OR_KEYWORD, default=3, annotation=int)
print(p, repr(p), p.name, p.kind, p.default, p.annotation)
q = p.replace(name="y", default=None)
print(q, p)
r = p.replace(kind=P.KEYWORD_ONLY, annotation=P.empty)
print(r, r.kind)
print(P("args", P.VAR_POSITIONAL), P("kw", P.VAR_KEYWORD, annotation="Any"))
print(P("a", 1) == P("a", 1), P("a", 1) == P("a", 0), P("a", 1) == "a")
print(hash(P("a", 1)) == hash(P("a", 1)))
print(P("lambda", P.POSITIONAL_ONLY))
print(P(".0", P.POSITIONAL_OR_KEYWORD))
print(P("z", 3, default=[1, 2]))
try:
    p.name = "other"
except AttributeError as e:
    print("AttributeError", e)
