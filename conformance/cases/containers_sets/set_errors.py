# Exact error messages of set operations.
def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "=", result)

s = {1, 2}
attempt("unhashable list", lambda: {[1]})
attempt("unhashable dict", lambda: s.add({}))
attempt("remove missing", lambda: s.remove(5))
attempt("remove tuple", lambda: s.remove((1, 2)))
attempt("pop empty", lambda: set().pop())
attempt("or list", lambda: s | [3])
attempt("and tuple", lambda: s & (1,))
attempt("sub list", lambda: s - [1])
attempt("xor int", lambda: s ^ 1)
attempt("lt list", lambda: s < [1])
attempt("hash set", lambda: hash(s))
attempt("set key in set", lambda: {1} in {frozenset({1})})
attempt("add none", lambda: s.add())
attempt("union kw", lambda: s.union(x=1))
attempt("set kw", lambda: set(x=1))
attempt("set two", lambda: set(1, 2))
attempt("set int", lambda: set(1))
attempt("frozenset attr", lambda: frozenset().add(1))
def ior_list():
    t = {1}
    t |= [2]
attempt("ior list", ior_list)
def grow_while_iterating():
    t = {1, 2, 3}
    for x in t:
        t.add(x + 10)
attempt("changed size", grow_while_iterating)
def swap_while_iterating():
    t = {1, 2, 3}
    for x in t:
        t.discard(x)
        t.add(x + 100)
    return sorted(t)
attempt("same size", swap_while_iterating)
attempt("discard set", lambda: {frozenset()}.discard(set()))
print(s)
