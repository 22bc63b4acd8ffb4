# traceback formatting calls the exceptions' __str__ while it walks their
# __cause__/__context__ chain: a __str__ that makes the chain a cycle,
# one that grows the cause chain 200 deep as it is walked, one that
# replaces __notes__ with non-strings, __str__ and __repr__ that raise, a
# toggled __suppress_context__, and an ExceptionGroup of all of them.
# CPython's output; the walk must neither loop forever nor follow a link
# the callback freed.
# expect-output: str makes a context cycle -> ['Traceback (most recent call last):', '    raise E()', 'E: E']
# expect-output: str grows the cause chain -> 399
# expect-output: notes replaced while formatting -> ['a', '5', 'None']
# expect-output: str raises -> ['R: <exception str() failed>']
# expect-output: suppress toggled -> ['EG: EG']
# expect-output: group with hostile members -> True
# expect-output: TracebackException lines -> E: E
# expect-output: 
# expect-output: format_exception_only -> ['E: E']
import traceback
def attempt(name, f):
    try:
        r = f()
        print(name, "->", r if not isinstance(r, list) else [l.splitlines()[-1] if l.strip() else l for l in r][-3:])
    except Exception as e:
        print(name, type(e).__name__, e)
class E(Exception):
    def __str__(self):
        other = ValueError("other")
        self.__context__ = other
        other.__context__ = self
        self.__cause__ = None
        return "E"
def make():
    try:
        raise E()
    except E as e:
        return e
attempt("str makes a context cycle", lambda: traceback.format_exception(make()))
class G(Exception):
    n = 0
    def __str__(self):
        G.n += 1
        if G.n < 200:
            self.__cause__ = G()
        return "G%d" % G.n
attempt("str grows the cause chain", lambda: len(traceback.format_exception(G())))
class N(Exception):
    def __str__(self):
        self.__notes__ = ["a", 5, None]
        return "N"
attempt("notes replaced while formatting", lambda: traceback.format_exception(N()))
class R(Exception):
    def __repr__(self):
        raise RuntimeError("repr")
    def __str__(self):
        raise RuntimeError("str")
attempt("str raises", lambda: traceback.format_exception(R()))
class EG(Exception):
    def __str__(self):
        self.__suppress_context__ = True
        self.__context__ = KeyError("k")
        return "EG"
attempt("suppress toggled", lambda: traceback.format_exception(EG()))
def grp():
    g = ExceptionGroup("g", [E(), G(), N()])
    return traceback.format_exception(g)
attempt("group with hostile members", lambda: len(grp()) > 0)
te = traceback.TracebackException.from_exception(make())
attempt("TracebackException lines", lambda: list(te.format())[-1])
attempt("format_exception_only", lambda: traceback.format_exception_only(E, E()))
