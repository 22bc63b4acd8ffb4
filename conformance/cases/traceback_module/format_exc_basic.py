# format_exc() inside a handler, with the file name cut to its last part
# (CPython shows the script's absolute path).
import traceback

def clean(text):
    out = []
    for line in text.splitlines():
        if line.startswith('  File "'):
            path, rest = line[8:].split('"', 1)
            line = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)

def inner(x):
    return 10 // x

def outer(x):
    return inner(x) + 1

try:
    outer(0)
except ZeroDivisionError:
    print(clean(traceback.format_exc()))

try:
    {}["missing"]
except KeyError:
    print(clean(traceback.format_exc()))

print(repr(traceback.format_exc()))

try:
    raise ValueError("bad value")
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[0], end="")
    print(clean(lines[1]))
    print(repr(lines[-1]))
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
