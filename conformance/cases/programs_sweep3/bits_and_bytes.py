# Bit manipulation, bytes, struct packing and base64 in a packet codec.
import struct
import base64

def checksum(data):
    s = 0
    for b in data:
        s = (s + b) & 0xFFFF
        s = ((s << 1) | (s >> 15)) & 0xFFFF
    return s

def encode(seq, flags, payload):
    header = struct.pack(">HBBI", 0xCAFE, flags, len(payload), seq)
    body = header + payload
    return body + struct.pack(">H", checksum(body))

def decode(packet):
    magic, flags, length, seq = struct.unpack_from(">HBBI", packet)
    if magic != 0xCAFE:
        raise ValueError(f"bad magic {magic:#06x}")
    payload = packet[8:8 + length]
    (ck,) = struct.unpack(">H", packet[8 + length:])
    if ck != checksum(packet[:8 + length]):
        raise ValueError("checksum mismatch")
    return seq, flags, payload

pkt = encode(42, 0b1010, "héllo".encode())
print(pkt.hex(" "), len(pkt))
print(decode(pkt))
bad = bytearray(pkt)
bad[9] ^= 0xFF
try:
    decode(bytes(bad))
except ValueError as e:
    print("ValueError", e)
print(base64.b64encode(pkt), base64.b64decode(base64.b64encode(pkt)) == pkt, base64.b16encode(b"\x00\xff"))
n = 0b1011_0110
print(bin(n), n.bit_length(), n.bit_count(), n & -n, n >> 2, ~n, n ^ 0xFF, f"{n:08b}")
print([i for i in range(8) if n >> i & 1], int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(2, "big"))
print(bytes(range(65, 70)), b"abc" * 2, b"a,b".split(b","), bytearray(b"xyz").upper(), b"\x00".hex())
print(struct.calcsize("<i2hq"), struct.pack("<i2hq", -1, 2, 3, 2 ** 40), struct.unpack("<f", struct.pack("<f", 0.1)))
gray = [i ^ (i >> 1) for i in range(8)]
print(gray, [f"{g:03b}" for g in gray])
