# contextlib.chdir (CPython 3.11) changes the working directory of the whole
# process: with a file system behind it, it is the first step of reaching a
# host path. It is withheld by name (docs/SECURITY.md) under every spelling,
# and withholding it opens none of the module's own dunder entries.
import contextlib

for attempt in (
    lambda: contextlib.chdir,
    lambda: getattr(contextlib, "chdir"),
    lambda: getattr(contextlib, "ch" + "dir")("/"),
):
    try:
        attempt()
    except AttributeError as e:
        print(e)
try:
    from contextlib import chdir
except ImportError as e:
    print(e)
print(getattr(contextlib, "chdir", "withheld"), "chdir" in contextlib.__all__)
print(hasattr(contextlib, "__builtins__"), hasattr(contextlib, "__file__"))
# expect-output: 'contextlib.chdir' is not available in the sandbox
# expect-output: 'contextlib.chdir' is not available in the sandbox
# expect-output: 'contextlib.chdir' is not available in the sandbox
# expect-output: cannot import name 'chdir' from 'contextlib' ('contextlib.chdir' is not available in the sandbox)
# expect-output: withheld False
# expect-output: False False
# expect: AttributeError: 'contextlib.chdir' is not available in the sandbox
with contextlib.chdir("/"):
    pass
