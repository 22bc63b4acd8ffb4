import types


def fail():
    return 1 / 0


try:
    fail()
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, type(tb) is types.TracebackType)
    print(isinstance(tb, types.TracebackType))
    print(tb.tb_lineno, type(tb.tb_lasti).__name__)
    print(tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    # moat leaves tb_frame (refused) out of dir(): docs/SECURITY.md.
    print(sorted(n for n in dir(tb) if n.startswith("tb_") and n != "tb_frame"))
