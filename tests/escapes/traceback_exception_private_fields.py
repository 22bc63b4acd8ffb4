# traceback.TracebackException keeps what it was made from: moat's keeps
# the exception and its frameless traceback in private fields (`_exc`,
# `_tb`) where CPython keeps frames behind its FrameSummary objects. A
# researcher reads every field of it and of each FrameSummary and follows
# them to a frame or code object: nothing there leads to one.
# expect-output: te._tb.tb_frame AttributeError 'tb_frame' is not available in the sandbox
# expect-output: te._tb.tb_next.tb_frame AttributeError 'tb_frame' is not available in the sandbox
# expect-output: summary <module> ['_line', '_original_line', 'colno', 'end_colno', 'end_lineno', 'filename', 'line', 'lineno', 'locals', 'name']
# expect-output: summary frame AttributeError 'FrameSummary' object has no attribute '_frame'
# expect-output: summary f_globals AttributeError 'FrameSummary' object has no attribute 'f_globals'
# expect-output: summary locals -> NoneType
# expect-output: summary boom ['_line', '_original_line', 'colno', 'end_colno', 'end_lineno', 'filename', 'line', 'lineno', 'locals', 'name']
# expect-output: summary frame AttributeError 'FrameSummary' object has no attribute '_frame'
# expect-output: summary f_globals AttributeError 'FrameSummary' object has no attribute 'f_globals'
# expect-output: summary locals -> NoneType
# expect-output: stack extract from tb TypeError StackSummary.extract() takes frames, which are not available in the sandbox: use extract_tb() or extract_stack()
# expect-output: walk_tb AttributeError 'traceback.walk_tb' is not available in the sandbox
# expect-output: exc_traceback AttributeError 'TracebackException' object has no attribute 'exc_traceback'
# expect-output: capture_locals ValueError capture_locals is not available in the sandbox: frames' locals are not reachable
import traceback


def boom():
    raise ValueError("x")


try:
    boom()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e, lookup_lines=False)
    caught = e


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


for name in sorted(vars(te)):
    value = getattr(te, name)
    kind = type(value).__name__
    if kind == "traceback":
        attempt(f"te.{name}.tb_frame", lambda: value.tb_frame)
        attempt(f"te.{name}.tb_next.tb_frame", lambda: value.tb_next.tb_frame)
for summary in te.stack:
    print("summary", summary.name, sorted(n for n in dir(summary) if not n.startswith("__")))
    attempt("summary frame", lambda: summary._frame)
    attempt("summary f_globals", lambda: summary.f_globals)
    attempt("summary locals", lambda: summary.locals)
attempt("stack extract from tb", lambda: traceback.StackSummary.extract([(caught.__traceback__, 1)]))
attempt("walk_tb", lambda: traceback.walk_tb(caught.__traceback__))
attempt("exc_traceback", lambda: te.exc_traceback)
attempt("capture_locals", lambda: traceback.TracebackException.from_exception(caught, capture_locals=True))
