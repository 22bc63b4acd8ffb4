# logging's dispatch calls script code (Handler.emit, Filter.filter, the
# message's __str__, a Formatter) while it walks the logger's handler and
# filter lists: emit() that removes itself and the next handler and adds
# five more, a handler that logs again from emit (re-entering the same
# logger 50 deep), filters that clear and refill the filter list, and a
# message whose __str__ clears the handlers mid-dispatch. The results are
# CPython's (it walks the live lists); nothing reads a freed list.
# expect-output: handlers mutated during emit -> [('h1', 'a'), ('n0', 'a'), ('n1', 'a'), ('n2', 'a'), ('n3', 'a'), ('n4', 'a')]
# expect-output: second -> [('h3', 'b'), ('n0', 'b'), ('n1', 'b'), ('n2', 'b'), ('n3', 'b'), ('n4', 'b')]
# expect-output: recursive logging -> 50
# expect-output: filters mutated -> [('z', 'f')]
# expect-output: msg str clears handlers -> [('w1', 'msg')]
# expect-output: percent args TypeError '>=' not supported between instances of 'NoneType' and 'int'
import logging
def attempt(name, f):
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__, e)
log = logging.getLogger("x")
log.propagate = False
out = []
class H(logging.Handler):
    def __init__(self, tag, act=None):
        super().__init__()
        self.tag = tag; self.act = act
    def emit(self, record):
        out.append((self.tag, record.getMessage()))
        if self.act:
            a = self.act; self.act = None; a()
h1 = H("h1", lambda: (log.removeHandler(h1), log.removeHandler(h2), [log.addHandler(H("n%d" % i)) for i in range(5)]))
h2 = H("h2"); h3 = H("h3")
for h in (h1, h2, h3): log.addHandler(h)
attempt("handlers mutated during emit", lambda: (log.warning("a"), out[:])[1])
out.clear()
attempt("second", lambda: (log.warning("b"), out[:])[1])
log2 = logging.getLogger("y"); log2.propagate = False
class Rec(logging.Handler):
    def emit(self, record):
        out.append(record.getMessage())
        if len(out) < 50:
            log2.warning("again %d", len(out))
log2.addHandler(Rec())
out.clear()
attempt("recursive logging", lambda: (log2.warning("start"), len(out))[1])
class F(logging.Filter):
    def filter(self, record):
        log3.removeFilter(self)
        log3.filters.clear()
        for i in range(10): log3.addFilter(lambda r: True)
        return True
log3 = logging.getLogger("z"); log3.propagate = False
log3.addFilter(F()); log3.addFilter(F())
log3.addHandler(H("z"))
out.clear()
attempt("filters mutated", lambda: (log3.warning("f"), out[:])[1])
class Msg:
    def __str__(self):
        log4.handlers.clear()
        return "msg"
log4 = logging.getLogger("w"); log4.propagate = False
log4.addHandler(H("w1")); log4.addHandler(H("w2"))
out.clear()
attempt("msg str clears handlers", lambda: (log4.warning(Msg()), out[:])[1])
class Fmt(logging.Formatter):
    def format(self, record):
        logging.getLogger("v").warning("nested")
        return super().format(record)
out.clear()
attempt("percent args", lambda: logging.getLogger("u").handle(logging.makeLogRecord({"msg": "%s %s", "args": ({"a": 1},)})))
