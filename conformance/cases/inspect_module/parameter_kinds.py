import inspect

P = inspect.Parameter
for kind in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD, P.VAR_POSITIONAL,
             P.KEYWORD_ONLY, P.VAR_KEYWORD):
    print(kind, repr(kind), int(kind), kind.description, kind.name, kind.value)

print(P.POSITIONAL_ONLY < P.KEYWORD_ONLY, P.VAR_KEYWORD > 3)
print(list(type(P.KEYWORD_ONLY)))

def f(a, /, b, *c, d, **e):
    pass

for p in inspect.signature(f).parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty)
