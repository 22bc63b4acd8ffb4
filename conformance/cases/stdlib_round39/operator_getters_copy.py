# itemgetter, attrgetter and methodcaller reduce to what remakes them, so
# copy.copy and copy.deepcopy work on them as in CPython.
import copy
import operator


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as exc:
        print(label, type(exc).__name__, exc)


show("itemgetter reduce", lambda: operator.itemgetter(1, "a").__reduce__())
show("itemgetter single", lambda: operator.itemgetter(1).__reduce__())
show("attrgetter reduce", lambda: operator.attrgetter("a.b", "c").__reduce__())
show("methodcaller reduce", lambda: operator.methodcaller("split", ",").__reduce__())
m = operator.methodcaller("split", ",", maxsplit=1)
r = m.__reduce__()
show("methodcaller kw reduce", lambda: (type(r[0]).__name__, r[0].func, r[0].args,
                                        r[0].keywords, r[1]))
show("copy methodcaller", lambda: copy.copy(m)("a,b,c"))
show("deepcopy methodcaller", lambda: copy.deepcopy(m)("a,b,c"))
show("copy itemgetter", lambda: copy.copy(operator.itemgetter(1))(["a", "b"]))
show("copy itemgetter slice", lambda: copy.copy(operator.itemgetter(slice(1, 3)))("abcd"))
show("deepcopy attrgetter", lambda: copy.deepcopy(operator.attrgetter("real", "imag"))(1 + 2j))
show("copy attrgetter dotted", lambda: copy.copy(operator.attrgetter("real.imag"))(5))
show("reduce with an argument", lambda: operator.itemgetter(1).__reduce__(1))
show("reduce_ex", lambda: operator.methodcaller("x").__reduce_ex__(2))
