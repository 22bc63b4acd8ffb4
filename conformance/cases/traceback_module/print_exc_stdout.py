# print_exc and print_exception write where file= says.
import io
import sys
import traceback

def clean(text):
    return "\n".join(
        '  File "' + l[8:].split('"', 1)[0].rsplit("/", 1)[-1] + '"' + l[8:].split('"', 1)[1]
        if l.startswith('  File "') else l for l in text.splitlines())

try:
    [1, 2, 3][10]
except IndexError as e:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()))
    buf = io.StringIO()
    traceback.print_exception(e, file=buf)
    print(clean(buf.getvalue()))
    buf = io.StringIO()
    traceback.print_exception(type(e), e, None, file=buf)
    print(buf.getvalue().splitlines()[-1])
    traceback.print_exc(file=sys.stdout, limit=0)

class AppError(Exception):
    def __str__(self):
        return "custom text"

try:
    raise AppError()
except AppError:
    print(traceback.format_exc().splitlines()[-1])
