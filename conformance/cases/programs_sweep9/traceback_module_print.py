import traceback, sys
def a(): b()
def b(): c()
def c(): raise ValueError("deep failure")
try:
    a()
except ValueError:
    traceback.print_exc(limit=2, file=sys.stderr)
    traceback.print_exc(limit=-1, file=sys.stderr)
    print(traceback.format_exc(chain=False).splitlines()[-1])
try:
    try:
        a()
    except ValueError as e:
        raise KeyError("outer") from e
except KeyError as e:
    traceback.print_exception(e, file=sys.stderr)
    traceback.print_exception(type(e), e, e.__traceback__, limit=1, chain=False, file=sys.stderr)
    summary = traceback.extract_tb(e.__traceback__)
    print([(fs.name, fs.lineno, fs.line) for fs in summary])
    print(traceback.format_list(summary)[0].split(", ", 1)[1])
eg = ExceptionGroup("many", [ValueError(1), TypeError(2)])
traceback.print_exception(eg, file=sys.stderr)
te = traceback.TracebackException.from_exception(ValueError("tbe"))
print(list(te.format_exception_only()), te.exc_type.__name__, str(te))
print("".join(traceback.format_exception_only(SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6)))))
traceback.print_exc(file=sys.stderr)
sys.exit("tracebacks went to stderr, compared whole")
