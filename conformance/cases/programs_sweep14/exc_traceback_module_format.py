# traceback.format_exception_only / format_exception for chained and
# grouped exceptions, with the file paths cut off.
import re
import traceback


def cut(lines):
    return [re.sub(r'File "[^"]*[/\\]', 'File "', line) for line in lines]


def fail():
    try:
        {}["missing"]
    except KeyError as e:
        raise LookupError("lookup failed") from e


try:
    fail()
except LookupError as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
    print("".join(cut(traceback.format_exception(err))), end="")
e = ValueError("with note")
e.add_note("extra context")
print(traceback.format_exception_only(e))
g = ExceptionGroup("grp", [TypeError("t"), KeyError("k")])
print("".join(traceback.format_exception(g)), end="")
