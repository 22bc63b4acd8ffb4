import hashlib
import hmac
import base64
import binascii
import struct

payload = "Grüße, 世界! 🚀".encode("utf-8")
print(len(payload), payload[:12], payload.hex(" ", 4)[:40])
for algo in ("md5", "sha1", "sha256", "sha512"):
    h = hashlib.new(algo, payload)
    print(f"{algo:>6} {h.digest_size:>3} {h.hexdigest()[:32]}")
h = hashlib.sha256()
for chunk in (payload[:5], payload[5:]):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(payload).hexdigest(), h.name, h.block_size)
mac = hmac.new(b"secret-key", payload, hashlib.sha256).hexdigest()
print(mac[:24], hmac.compare_digest(mac, mac), hmac.compare_digest("a", "b"))
b64 = base64.b64encode(payload)
print(b64, base64.b64decode(b64).decode(), base64.urlsafe_b64encode(b"\xfb\xff\xfe"))
print(base64.b32encode(b"hi!"), base64.b16encode(b"\x00\xff"), base64.a85encode(b"moat"))
print(binascii.crc32(payload), hex(binascii.crc32(b"hello")), binascii.hexlify(b"\x01\xab", "-"))
rec = struct.pack("<HiQ?3s", 7, -2, 2 ** 40, True, b"abc")
print(len(rec), rec.hex(), struct.unpack("<HiQ?3s", rec), struct.calcsize("<HiQ?3s"))
print(struct.pack(">f", 1.5).hex(), struct.unpack(">d", bytes.fromhex("400921fb54442d18"))[0])
print(list(struct.iter_unpack("<hh", b"\x01\x00\x02\x00\xff\xff\x00\x80")))
print("café".encode("latin-1"), "café".encode("ascii", "replace"), "café".encode("ascii", "xmlcharrefreplace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"\xff".decode("utf-8", "ignore"))
print("ß".upper(), "ǅ".lower(), "straße".casefold() == "strasse", "İ".lower().encode())
