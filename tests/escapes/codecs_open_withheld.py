# codecs.open opens a host file (and EncodedFile over it reads or writes
# one). It is withheld by name (docs/SECURITY.md) under every spelling;
# the stream classes only wrap objects the script already has, and the
# registry's search functions and stream readers give no way to a file.
import codecs
import io

for attempt in (
    lambda: codecs.open,
    lambda: getattr(codecs, "open"),
    lambda: getattr(codecs, "op" + "en")("/etc/passwd"),
):
    try:
        attempt()
    except AttributeError as e:
        print(e)
try:
    from codecs import open
except ImportError as e:
    print(e)
print(getattr(codecs, "open", "withheld"))
reader = codecs.getreader("utf-8")("/etc/passwd")
try:
    reader.read()
except AttributeError as e:
    print(e)
wrapped = codecs.EncodedFile(io.BytesIO(b"in memory"), "utf-8")
print(wrapped.read(), hasattr(codecs, "builtins"), hasattr(codecs, "sys"))
# expect-output: 'codecs.open' is not available in the sandbox
# expect-output: 'codecs.open' is not available in the sandbox
# expect-output: 'codecs.open' is not available in the sandbox
# expect-output: cannot import name 'open' from 'codecs' ('codecs.open' is not available in the sandbox)
# expect-output: withheld
# expect-output: 'str' object has no attribute 'read'
# expect-output: b'in memory' False False
# expect: AttributeError: 'codecs.open' is not available in the sandbox
with codecs.open("/etc/passwd") as f:
    print(f.read())
