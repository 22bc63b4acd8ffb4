# TracebackException honours max_group_width and max_group_depth, and
# StackSummary.format() formats each frame with format_frame_summary, which
# a subclass may override.
import traceback


def nested(depth):
    if depth == 0:
        return ValueError("leaf")
    return ExceptionGroup(f"level {depth}", [nested(depth - 1), KeyError(depth)])


def show(exc, **options):
    te = traceback.TracebackException.from_exception(exc, **options)
    print(options, te.max_group_width, te.max_group_depth)
    print("".join(te.format()), end="")


wide = ExceptionGroup("wide", [ValueError(i) for i in range(6)])
show(wide, max_group_width=2)
show(wide, max_group_width=0)
show(wide, max_group_width=6)
show(wide, max_group_width=-1)
show(nested(4), max_group_depth=2)
show(nested(3), max_group_depth=0, max_group_width=1)
show(nested(2))
print("".join(traceback.format_exception(wide)).count("ValueError"))


class Numbered(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "skipped":
            return None
        return f"#{frame_summary.lineno} {frame_summary.name}\n"


def skipped():
    return 1 / 0


def rec(n):
    return rec(n - 1) if n else skipped()


try:
    rec(6)
except ZeroDivisionError as e:
    summary = traceback.extract_tb(e.__traceback__)
    print(type(Numbered.from_list(summary)).__name__)
    custom = Numbered(summary)
    print("".join(custom.format()), end="")
    plain = traceback.StackSummary(summary).format()
    print(len(plain), plain[-2], end="")

rows = [("a.py", 1, "f", "x = 1")] * 5 + [("a.py", None, "g", None)] * 5
print("".join(traceback.StackSummary.from_list(rows).format()), end="")
