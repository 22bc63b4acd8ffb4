import base64
import hashlib
import hmac

secret = b"s3cr3t"
payload = b'{"user":"ann","exp":1700000000}'


def sign(data):
    mac = hmac.new(secret, data, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(data).rstrip(b"=") + b"." + base64.urlsafe_b64encode(mac).rstrip(b"=")


def verify(token):
    body, _, sig = token.partition(b".")
    pad = lambda s: s + b"=" * (-len(s) % 4)
    data = base64.urlsafe_b64decode(pad(body))
    expected = hmac.new(secret, data, hashlib.sha256).digest()
    return hmac.compare_digest(expected, base64.urlsafe_b64decode(pad(sig))), data


tok = sign(payload)
print(tok.decode())
print(verify(tok))
tampered = tok.replace(b"ann", b"bob") if b"ann" in tok else tok[:-2] + b"AA"
print(verify(tampered)[0])
print(hashlib.sha1(b"abc").hexdigest(), hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"").hexdigest()[:20])
h = hashlib.sha256()
for chunk in (b"ab", b"c"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h.name, h.digest_size, len(h.digest()))
print(base64.b64encode(b"\x00\xff\x10"), base64.b64decode(b"AP8Q"), base64.b32decode("MFRA===="), base64.a85encode(b"hi") if hasattr(base64, "a85encode") else "")
try:
    base64.b64decode("abc")
except Exception as e:
    print(type(e).__name__, e)
