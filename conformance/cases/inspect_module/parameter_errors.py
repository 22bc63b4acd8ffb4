import inspect

P = inspect.Parameter

def attempt(label, *args, **kwargs):
    try:
        print(label, P(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)

attempt("bad kind", "a", 7)
attempt("str kind", "a", "positional")
attempt("var pos default", "a", P.VAR_POSITIONAL, default=1)
attempt("var kw default", "a", P.VAR_KEYWORD, default=None)
attempt("not str", 5, P.KEYWORD_ONLY)
attempt("bytes", b"a", P.KEYWORD_ONLY)
attempt("keyword", "class", P.POSITIONAL_OR_KEYWORD)
attempt("not ident", "a-b", P.POSITIONAL_OR_KEYWORD)
attempt("digit", "1a", P.KEYWORD_ONLY)
attempt("implicit kw", ".1", P.KEYWORD_ONLY)
attempt("empty", P.empty, P.KEYWORD_ONLY)
attempt("ok", "ok", P.KEYWORD_ONLY, default=0)
