# Exact error messages of list operations.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

a = [1, 2, 3]
attempt("index", lambda: a[3])
attempt("negative index", lambda: a[-4])
attempt("str index", lambda: a["x"])
attempt("float index", lambda: a[1.0])
attempt("big index", lambda: a[10 ** 20])
attempt("pop empty", lambda: [].pop())
attempt("pop range", lambda: a.pop(5))
attempt("pop big", lambda: a.pop(10 ** 20))
attempt("remove", lambda: a.remove(9))
attempt("index missing", lambda: a.index(9))
attempt("index str missing", lambda: ["a"].index("b"))
attempt("index window", lambda: a.index(1, 1))
attempt("concat tuple", lambda: a + (4,))
attempt("concat int", lambda: a + 1)
attempt("mul float", lambda: a * 2.0)
attempt("mul list", lambda: a * [1])
attempt("append none", lambda: a.append())
attempt("append two", lambda: a.append(1, 2))
attempt("insert one", lambda: a.insert(1))
attempt("copy arg", lambda: a.copy(1))
attempt("extend int", lambda: a.extend(5))
attempt("list kw", lambda: list(x=1))
attempt("list two", lambda: list(1, 2))
attempt("list int", lambda: list(5))
attempt("lt mixed", lambda: [1] < ["a"])
attempt("unhashable", lambda: hash([1]))
def delete_far():
    del a[7]
attempt("del far", delete_far)
attempt("index kw", lambda: a.index(1, x=2))
print(a)
