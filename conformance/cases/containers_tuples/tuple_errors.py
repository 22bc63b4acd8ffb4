# Exact error messages of tuple operations.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

t = (1, 2, 3)
attempt("index", lambda: t[3])
attempt("str index", lambda: t["a"])
attempt("none index", lambda: t[None])
attempt("big", lambda: t[-10 ** 30])
attempt("concat list", lambda: t + [4])
attempt("mul float", lambda: t * 1.5)
attempt("mul big", lambda: t * 10 ** 20)
attempt("index missing", lambda: t.index(9))
attempt("index str start", lambda: t.index(1, "a"))
attempt("count none", lambda: t.count())
attempt("unhashable", lambda: hash((1, [2])))
attempt("lt mixed", lambda: (1, "a") < (1, 2))
attempt("tuple int", lambda: tuple(5))
attempt("tuple two", lambda: tuple(1, 2))
def assign():
    t[0] = 5
attempt("item assign", assign)
def delete():
    del t[0]
attempt("item delete", delete)
