# slice object errors and indices().
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

attempt("no args", lambda: slice())
attempt("four", lambda: slice(1, 2, 3, 4))
attempt("kw", lambda: slice(stop=1))
attempt("hash", lambda: hash(slice(1)))
attempt("indices neg", lambda: slice(1).indices(-1))
attempt("indices str", lambda: slice(1).indices("a"))
attempt("indices zero step", lambda: slice(None, None, 0).indices(5))
attempt("indices bad start", lambda: slice("a").indices(5))
attempt("list str slice", lambda: [1, 2]["a":"b"])
attempt("tuple float slice", lambda: (1, 2)[1.5:])
attempt("str float step", lambda: "ab"[::1.0])
attempt("range slice none", lambda: range(10)[None:None:None])
attempt("repr", lambda: repr(slice("a", [1], None)))
attempt("lt mixed", lambda: slice(1) < slice("a"))
attempt("eq", lambda: slice(1, 2, 3) == slice(1, 2, 3))
attempt("indices huge", lambda: slice(-10 ** 30, 10 ** 30, 10 ** 25).indices(10 ** 40))
