# range error messages.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

attempt("no args", lambda: range())
attempt("four args", lambda: range(1, 2, 3, 4))
attempt("zero step", lambda: range(1, 2, 0))
attempt("float", lambda: range(1.5))
attempt("str", lambda: range("3"))
attempt("kw", lambda: range(stop=3))
attempt("index", lambda: range(3)[3])
attempt("neg index", lambda: range(3)[-4])
attempt("str index", lambda: range(3)["a"])
attempt("index missing", lambda: range(3).index(7))
attempt("index float", lambda: range(3).index(1.0))
attempt("index str", lambda: range(3).index("1"))
attempt("huge len", lambda: len(range(10 ** 20)))
attempt("slice zero", lambda: range(5)[::0])
attempt("assign", lambda: range(5).__class__)
attempt("unhashable?", lambda: hash(range(3)) == hash(range(0, 3, 1)))
attempt("reversed arg", lambda: range(3).__reversed__(1))
attempt("count none", lambda: range(3).count())
attempt("lt", lambda: range(3) < range(4))
