# moat policy: sys exists, but what reaches the interpreter's machinery or
# the host is withheld; each refusal is an AttributeError, so hasattr is False.
import sys

for name in ["modules", "path", "_getframe", "settrace", "executable",
             "getsizeof", "flags", "meta_path", "prefix"]:
    try:
        getattr(sys, name)
        print(name, "reachable")
    except AttributeError as e:
        print(e)
print(hasattr(sys, "modules"), hasattr(sys, "maxsize"))
print(sys.exc_info()[2] is None)
try:
    sys.stdout.buffer.raw
except AttributeError as e:
    print(e)
print(hasattr(sys.stdout, "fileno"), hasattr(sys.stdin, "fileno"), hasattr(sys.stdin.buffer, "raw"))
