import base64
import json
import hashlib

payload = {"user": "ann", "roles": ["admin"], "exp": 1700000000}


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


header = b64url(json.dumps({"alg": "none", "typ": "JWT"}, separators=(",", ":")).encode())
body = b64url(json.dumps(payload, separators=(",", ":")).encode())
sig = b64url(hashlib.sha256(f"{header}.{body}".encode()).digest()[:16])
token = f"{header}.{body}.{sig}"
print(token)
h, b, s = token.split(".")
print(json.loads(b64url_decode(h)), json.loads(b64url_decode(b)), len(b64url_decode(s)))
svg = '<svg xmlns="http://www.w3.org/2000/svg"><circle r="5"/></svg>'
data_url = "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()
print(data_url[:60], len(data_url))
print(base64.b64decode(data_url.split(",", 1)[1]).decode() == svg)
for raw in [b"", b"f", b"fo", b"foo", b"foob", b"\xff\xfe\xfd"]:
    print(raw, base64.b64encode(raw), base64.b32encode(raw), base64.b16encode(raw), base64.b85encode(raw))
try:
    base64.b64decode("abc", validate=True)
except Exception as e:
    print(type(e).__name__, e)
