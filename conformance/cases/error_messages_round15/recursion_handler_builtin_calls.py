# What the deepest frame of a runaway recursion may still call in its
# RecursionError handler: a call of a built-in type without a vectorcall
# (exceptions, int, complex, object, bytes, slice, str with two arguments)
# is a step of the recursion limit in CPython 3.11 and fails again; list(),
# dict(), len(), isinstance() and a one-argument str() are not.


class Plain:
    pass


def run(kind):
    levels = []

    def dive(n):
        try:
            dive(n + 1)
        except RecursionError:
            levels.append(n)
            if kind == "ValueError":
                raise ValueError("x")
            if kind == "KeyError":
                raise KeyError(n)
            if kind == "Exception":
                raise Exception
            if kind == "int":
                int("5")
            if kind == "complex":
                complex(1)
            if kind == "object":
                object()
            if kind == "bytes":
                bytes(1)
            if kind == "slice":
                slice(1)
            if kind == "str2":
                str(b"a", "ascii")
            if kind == "str1":
                str(n)
            if kind == "list":
                list()
            if kind == "dict":
                dict()
            if kind == "len":
                len("a")
            if kind == "isinstance":
                isinstance(n, int)
            if kind == "Plain":
                Plain()
            if kind == "add":
                n + 1
            raise

    try:
        dive(0)
    except BaseException as e:
        ctx = e.__context__
        return (len(levels) > 1, type(e).__name__, str(e),
                None if ctx is None else str(ctx))


for kind in ["ValueError", "KeyError", "Exception", "int", "complex", "object", "bytes",
             "slice", "str2", "str1", "list", "dict", "len", "isinstance", "Plain", "add"]:
    print(kind, run(kind))
