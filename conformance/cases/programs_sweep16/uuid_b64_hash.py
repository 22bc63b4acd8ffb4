import uuid, base64, hashlib, hmac, binascii, json

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn, u.bytes[:4], u.fields, u.time_low, u.node)
print(uuid.UUID(bytes=bytes(range(16))), uuid.UUID(int=1), uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(hex="12345678123456781234567812345678"))
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/x"), uuid.uuid5(uuid.NAMESPACE_OID, "1.2"))
print(uuid.NAMESPACE_DNS, uuid.UUID(bytes_le=u.bytes_le) == u, str(uuid.uuid5(uuid.NAMESPACE_X500, "cn=a")).upper())
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=3) < uuid.UUID(int=4), len({u, uuid.UUID(str(u))}))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError", e)
v4 = uuid.uuid4()
print(v4.version, len(str(v4)))

payload = json.dumps({"user": "ann", "exp": 1700000000}, separators=(",", ":")).encode()
b = base64.urlsafe_b64encode(payload).rstrip(b"=")
print(b, base64.urlsafe_b64decode(b + b"=" * (-len(b) % 4)))
print(base64.b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"hi", altchars=b"-_"))
print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGVs bG8=\n"), base64.standard_b64decode("YQ=="))
try:
    base64.b64decode("aGVsbG8", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
try:
    base64.b64decode("a$==", validate=True)
except binascii.Error as e:
    print("binascii.Error", e)
print(base64.b32encode(b"hello"), base64.b32decode("NBSWY3DP"), base64.b16encode(b"\x01\xab"), base64.b16decode("01AB"), base64.b85encode(b"hello"), base64.a85encode(b"hello"))
print(base64.encodebytes(b"x" * 60), base64.b64encode(b""), binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("00ff"), binascii.crc32(b"hello"))
try:
    base64.b16decode("0g")
except binascii.Error as e:
    print("binascii.Error", e)

for name in ["md5", "sha1", "sha256", "sha512", "sha3_256", "blake2b", "blake2s", "sha224", "sha384"]:
    h = hashlib.new(name, b"The quick brown fox")
    print(name, h.digest_size, h.block_size, h.hexdigest()[:32])
h = hashlib.sha256()
for chunk in [b"abc", b"def", b""]:
    h.update(chunk)
h2 = h.copy(); h2.update(b"!")
print(h.hexdigest(), h2.hexdigest(), h.name, hashlib.sha256(b"abcdef").digest() == h.digest())
print(hashlib.md5("x".encode()).hexdigest(), hashlib.blake2b(b"k", digest_size=16).hexdigest(), hashlib.blake2b(b"m", key=b"secret", digest_size=8).hexdigest())
print(hashlib.shake_128(b"s").hexdigest(10), hashlib.sha3_512(b"").hexdigest()[:20], sorted(hashlib.algorithms_guaranteed)[:5])
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
sig = hmac.new(b"key", b"message", hashlib.sha256)
print(sig.hexdigest(), hmac.compare_digest(sig.hexdigest(), sig.hexdigest()), hmac.new(b"k", digestmod="sha1").name, hmac.digest(b"k", b"m", "md5").hex())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:32])
print(hashlib.sha1(b"a" * 1000).hexdigest(), hashlib.md5(b"", usedforsecurity=False).hexdigest())
