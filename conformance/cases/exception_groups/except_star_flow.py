# except* clauses: which run, what is left over, what is raised again.
def run(make, label):
    try:
        try:
            raise make()
        except* ValueError as e:
            print(label, "ValueError part:", repr(e))
        except* (TypeError, KeyError) as e:
            print(label, "Type/Key part:", repr(e))
    except BaseException as e:
        print(label, "escaped:", repr(e))
    else:
        print(label, "handled")


run(lambda: ExceptionGroup("all", [ValueError(1), TypeError(2), KeyError(3)]), "a")
run(lambda: ExceptionGroup("rest", [ValueError(1), OSError(2)]), "b")
run(lambda: ExceptionGroup("none", [OSError(1)]), "c")
run(lambda: ValueError("naked"), "d")
run(lambda: OSError("naked"), "e")
run(lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), OSError(2)]), TypeError(3)]), "f")
run(lambda: BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()]), "g")


# Raising inside a clause: new exceptions are grouped with what is left.
def raising(kind):
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
        except* ValueError as e:
            if kind == "new":
                raise RuntimeError("from clause")
            if kind == "reraise":
                raise
        except* TypeError:
            if kind == "both":
                raise KeyError("k")
    except BaseException as e:
        print(kind, repr(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("  ", repr(sub), repr(sub.__context__))


for kind in ("none", "new", "reraise", "both"):
    raising(kind)


# The matched part is the exception being handled inside the clause.
try:
    try:
        raise ExceptionGroup("ctx", [ValueError(7)])
    except* ValueError:
        try:
            raise IndexError("inner")
        except IndexError as inner:
            print("context:", repr(inner.__context__))
except ExceptionGroup as e:
    print("unexpected", e)
print("done")
