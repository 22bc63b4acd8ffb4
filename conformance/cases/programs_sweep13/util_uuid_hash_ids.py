import hashlib
import hmac
import uuid
import base64

NS = uuid.UUID("12345678-1234-5678-1234-567812345678")
users = ["ann@example.org", "bob@example.org", "ANN@example.org"]
for u in users:
    uid = uuid.uuid5(NS, u.lower())
    short = base64.urlsafe_b64encode(uid.bytes).rstrip(b"=").decode()
    print(u, uid, uid.version, short, hashlib.md5(u.encode()).hexdigest()[:8])
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.UUID(int=255).hex[-4:], uuid.UUID("{00000000-0000-0000-0000-0000000000ff}").int)
secret = b"s3cr3t"
msg = b'{"user": "ann", "role": "admin"}'
sig = hmac.new(secret, msg, hashlib.sha256).hexdigest()
print(sig[:16], hmac.compare_digest(sig, hmac.new(secret, msg, "sha256").hexdigest()))
tampered = msg.replace(b"admin", b"owner")
print(hmac.compare_digest(sig, hmac.new(secret, tampered, hashlib.sha256).hexdigest()))
h = hashlib.sha1()
for chunk in (b"part1", b"part2"):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha1(b"part1part2").hexdigest(), h.digest_size, h.name)
print(hashlib.blake2b(b"x", digest_size=8).hexdigest(), hashlib.sha3_256(b"").hexdigest()[:12])
