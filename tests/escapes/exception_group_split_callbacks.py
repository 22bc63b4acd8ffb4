# ExceptionGroup.split/subgroup and except* call back into script code at
# every level of the group: a predicate that splits the group again or
# rewrites each leaf's __context__/__cause__/__traceback__, derive()
# overrides that split again, return a non-group, None or the group
# itself, or set __notes__ to a non-list, and groups nested 100,000 deep.
# Each must end in CPython's result, TypeError or RecursionError, with no
# native recursion past the stack and no half-built group left behind.
# expect-output: split reenter -> ["ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [ValueError(3)])])", "ExceptionGroup('top', [ExceptionGroup('mid', [TypeError(2)]), KeyError(4)])"]
# expect-output: derive reenters split RecursionError 
# expect-output: derive returns int TypeError derive must return an instance of BaseExceptionGroup
# expect-output: derive returns None TypeError derive must return an instance of BaseExceptionGroup
# expect-output: derive returns self -> SelfDerive('b', [ValueError(1), TypeError(2)])
# expect-output: pred mutates -> ExceptionGroup('top', [ValueError(1), ExceptionGroup('mid', [TypeError(2), ValueError(3)]), KeyError(4)])
# expect-output: pred raises RuntimeError in pred
# expect-output: deep split RecursionError 
# expect-output: deep subgroup RecursionError 
# expect-output: except* ok ExceptionGroup
# expect-output: except* derive RecursionError 
# expect-output: except* bad derive TypeError derive must return an instance of BaseExceptionGroup
# expect-output: except* notes ExceptionGroup m (1 sub-exception)
def attempt(name, f):
    try:
        print(name, "->", f())
    except Exception as e:
        print(name, type(e).__name__, "" if isinstance(e, RecursionError) else e)
def mk():
    return ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [TypeError(2), ValueError(3)]), KeyError(4)])
eg = mk()
calls = []
def pred(e):
    calls.append(type(e).__name__)
    if len(calls) < 20:
        eg.split(pred)
    return isinstance(e, ValueError)
attempt("split reenter", lambda: [repr(x) for x in eg.split(pred)])
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return self.split(ValueError)[0] or ExceptionGroup("d", excs)
attempt("derive reenters split", lambda: repr(MyEG("m", [ValueError(1), TypeError(2)]).split(TypeError)))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
attempt("derive returns int", lambda: BadDerive("b", [ValueError(1), TypeError(2)]).split(TypeError))
class NoneDerive(ExceptionGroup):
    def derive(self, excs):
        return None
attempt("derive returns None", lambda: NoneDerive("b", [ValueError(1), TypeError(2)]).subgroup(TypeError))
class SelfDerive(ExceptionGroup):
    def derive(self, excs):
        return self
attempt("derive returns self", lambda: repr(SelfDerive("b", [ValueError(1), TypeError(2)]).subgroup(TypeError)))
def pred2(e):
    e.__traceback__ = None
    e.__context__ = eg
    e.__cause__ = e
    return True
attempt("pred mutates", lambda: repr(eg.subgroup(pred2)))
def raiser(e):
    raise RuntimeError("in pred")
attempt("pred raises", lambda: eg.split(raiser))
def deep(n):
    g = ValueError(0)
    for i in range(n):
        g = ExceptionGroup("g", [g])
    return g
attempt("deep split", lambda: type(deep(100000).split(ValueError)[0]).__name__)
attempt("deep subgroup", lambda: type(deep(100000).subgroup(lambda e: False)).__name__)
try:
    raise deep(50)
except* ValueError as e:
    print("except* ok", type(e).__name__)
def exstar():
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("caught v")
attempt("except* derive", lambda: exstar())
def exstar2():
    try:
        raise BadDerive("m", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
attempt("except* bad derive", exstar2)
class NotesEG(ExceptionGroup):
    def derive(self, excs):
        g = ExceptionGroup(self.message, excs)
        self.__notes__ = 5
        return g
def exstar3():
    try:
        e = NotesEG("m", [ValueError(1), TypeError(2)])
        e.add_note("hi")
        raise e
    except* ValueError:
        pass
attempt("except* notes", exstar3)
