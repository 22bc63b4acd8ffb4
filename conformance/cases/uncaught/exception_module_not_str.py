# An exception class whose __module__ is not a str is shown as
# "<unknown>.Name" (traceback's text and the interpreter's own report).
import traceback


class Plain(Exception):
    __module__ = None


class Later(Exception):
    pass


Later.__module__ = 7


for exc in (Plain("p"), Later("l")):
    print(traceback.format_exception_only(type(exc), exc))
    print("".join(traceback.format_exception(exc)).splitlines()[-1])
raise Plain("uncaught")
