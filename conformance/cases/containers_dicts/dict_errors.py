# Exact error messages of dict operations.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

d = {"a": 1}
attempt("missing", lambda: d["b"])
attempt("missing tuple key", lambda: d[(1, 2)])
attempt("missing int", lambda: d[0])
attempt("unhashable key", lambda: d[[1]])
attempt("unhashable set", lambda: {{1}: 2})
attempt("pop missing", lambda: d.pop("zz"))
attempt("popitem empty", lambda: {}.popitem())
attempt("seq element length", lambda: dict([(1, 2, 3)]))
attempt("seq element type", lambda: dict([1, 2]))
attempt("seq second element", lambda: dict([(1, 2), "abc"]))
attempt("not iterable", lambda: dict(5))
attempt("two args", lambda: dict({}, {}))
attempt("update two", lambda: d.update({}, {}))
attempt("get none", lambda: d.get())
attempt("get kw", lambda: d.get("a", default=2))
attempt("keys arg", lambda: d.keys(1))
attempt("lt", lambda: {} < {})
attempt("add", lambda: {} + {})
attempt("or list", lambda: {} | [])
attempt("fromkeys none", lambda: dict.fromkeys())
def del_missing():
    del d["nope"]
attempt("del missing", del_missing)
def grow_while_iterating():
    for k in d:
        d[k + "x"] = 0
attempt("changed size", grow_while_iterating)
print(d)
def shrink_while_iterating():
    e = {1: 1, 2: 2}
    for k in e:
        del e[k]
attempt("shrank", shrink_while_iterating)
def swap_keys():
    e = {1: 1, 2: 2}
    for k in e:
        del e[k]
        e[k + 10] = 0
attempt("keys changed", swap_keys)
def mutate_values():
    e = {1: 1, 2: 2}
    for k in e:
        e[k] = 5
    return e
attempt("values ok", mutate_values)
