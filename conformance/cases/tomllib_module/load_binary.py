import io
import tomllib

buf = io.BytesIO("name = \"caf\u00e9\"\n[t]\nk = 1\r\nq = 'x'\r\n".encode())
print(tomllib.load(buf))
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.load(io.BytesIO(b"a = \xff"))
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
