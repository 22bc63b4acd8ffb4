# io has only the in-memory streams: the names that open or wrap files are
# withheld, whichever way they are reached.
import io
for name in ["FileIO", "TextIOWrapper", "BufferedReader", "BufferedWriter", "open_code"]:
    try:
        getattr(io, name)
    except AttributeError as e:
        print(e)
try:
    from io import FileIO
except ImportError as e:
    print(type(e).__name__)
try:
    io.BytesIO(b"x").getbuffer()
except io.UnsupportedOperation as e:
    print("getbuffer refused")
# expect-output: 'io.FileIO' is not available in the sandbox
# expect-output: 'io.TextIOWrapper' is not available in the sandbox
# expect-output: 'io.BufferedReader' is not available in the sandbox
# expect-output: 'io.BufferedWriter' is not available in the sandbox
# expect-output: 'io.open_code' is not available in the sandbox
# expect-output: ImportError
# expect-output: getbuffer refused
# expect: AttributeError: 'io.open' is not available in the sandbox
io.open("/etc/passwd")
