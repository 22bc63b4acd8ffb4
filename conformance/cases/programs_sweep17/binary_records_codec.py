# Binary record codec: struct packing, checksums, base64 transport, hashing
# and bytearray editing of a simple file format.
import struct, base64, hashlib, binascii
from dataclasses import dataclass

MAGIC = b"RCD1"
HEADER = struct.Struct("<4sHI")
RECORD = struct.Struct("<IhdB10s")

@dataclass
class Rec:
    rid: int
    delta: int
    value: float
    flags: int
    tag: str

    def pack(self):
        return RECORD.pack(self.rid, self.delta, self.value, self.flags, self.tag.encode()[:10])

    @classmethod
    def unpack(cls, raw):
        rid, delta, value, flags, tag = RECORD.unpack(raw)
        return cls(rid, delta, value, flags, tag.rstrip(b"\0").decode())

recs = [Rec(1, -5, 3.25, 0b101, "alpha"), Rec(70000, 32767, -0.1, 255, "a-very-long-tag"),
        Rec(2, -32768, 1e300, 0, "")]
body = b"".join(r.pack() for r in recs)
blob = HEADER.pack(MAGIC, len(recs), binascii.crc32(body)) + body
print(len(blob), HEADER.size, RECORD.size, blob[:10], blob[:HEADER.size].hex(" "))
magic, count, crc = HEADER.unpack_from(blob)
print(magic, count, crc == binascii.crc32(body), hex(crc), binascii.crc_hqx(body, 0))
decoded = [Rec.unpack(blob[HEADER.size + i * RECORD.size:][:RECORD.size]) for i in range(count)]
for r in decoded:
    print(r)
print([r.rid for r in decoded] == [r.rid for r in recs], list(RECORD.iter_unpack(body))[0][:3])
try:
    Rec(1, 40000, 0.0, 0, "x").pack()
except struct.error as exc:
    print("struct.error:", exc)
try:
    RECORD.unpack(body[:10])
except struct.error as exc:
    print("struct.error:", exc)
print(struct.pack(">I", 1), struct.pack("!h", -2), struct.pack("<q", -1), struct.pack("?xb", True, -1), struct.pack("3s2p", b"abcd", b"xyz"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0], struct.pack(">e", 1.5), struct.calcsize("<cbBhHiIlLqQefd"))

enc = base64.b64encode(blob)
print(enc[:40], len(enc), base64.b64decode(enc) == blob)
print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"hi!"), base64.b16encode(b"\x01\xab"))
print(base64.b85encode(b"hello"), base64.a85encode(b"hello"), base64.b64decode("aGk="), base64.b64decode(b"aGk", validate=False) if False else "")
try:
    base64.b64decode("abc")
except binascii.Error as exc:
    print("binascii.Error:", exc)
print(binascii.hexlify(b"\x00\xff", "-"), binascii.unhexlify("00ff"), binascii.crc32(b"abc"), binascii.b2a_base64(b"x"))

for algo in ["md5", "sha1", "sha256", "sha512", "blake2b", "sha3_256"]:
    h = hashlib.new(algo, blob)
    print(f"{algo:8} {h.digest_size:2} {h.hexdigest()[:16]}")
h = hashlib.sha256()
for chunk in (body[i:i + 7] for i in range(0, len(body), 7)):
    h.update(chunk)
print(h.hexdigest() == hashlib.sha256(body).hexdigest(), h.name, hashlib.blake2b(b"x", digest_size=8).hexdigest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:20])

edit = bytearray(blob)
edit[HEADER.size:HEADER.size + 4] = (99).to_bytes(4, "little")
edit[-3:] = b"END"
print(Rec.unpack(bytes(edit[HEADER.size:HEADER.size + RECORD.size])).rid, edit[-5:], edit.count(0), edit.rstrip(b"END")[-2:])
print(binascii.a2b_base64(binascii.b2a_base64(blob)) == blob, binascii.b2a_hex(b"\x01\x02", b":", 1))
