import inspect

P = inspect.Parameter
S = inspect.Signature

s = S([P("a", P.POSITIONAL_ONLY), P("b", P.POSITIONAL_OR_KEYWORD, default=1),
       P("c", P.KEYWORD_ONLY)], return_annotation=int)
print(s, repr(s))
print(S(), S(return_annotation="str"))
print(s.replace(return_annotation=S.empty))
print(s.replace(parameters=[P("z", P.VAR_KEYWORD)]))
print(S([P("x", P.VAR_POSITIONAL), P("y", P.KEYWORD_ONLY)]))
print(S([P("x", P.POSITIONAL_ONLY)]))
print(S([P("x", P.POSITIONAL_ONLY), P("y", P.VAR_POSITIONAL)]))

def attempt(label, params):
    try:
        print(label, S(params))
    except ValueError as e:
        print(label, "ValueError", e)

attempt("order", [P("a", P.KEYWORD_ONLY), P("b", P.POSITIONAL_OR_KEYWORD)])
attempt("order2", [P("a", P.VAR_KEYWORD), P("b", P.VAR_POSITIONAL)])
attempt("default", [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
attempt("posonly default", [P("a", P.POSITIONAL_ONLY, default=1), P("b", P.POSITIONAL_OR_KEYWORD)])
attempt("kwonly ok", [P("a", P.POSITIONAL_OR_KEYWORD, default=1), P("b", P.KEYWORD_ONLY)])
attempt("duplicate", [P("a", P.POSITIONAL_ONLY), P("a", P.KEYWORD_ONLY)])
