# binascii.crc_hqx: the CRC-CCITT binhex4 uses, computed incrementally.
import binascii

for data, crc in [(b"hello", 0), (b"", 0), (b"", 0x1234), (b"123456789", 0xFFFF),
                  (bytearray(b"abc"), 12345678), (b"\xff" * 40, -1), (bytes(range(256)), 7)]:
    print(bytes(data[:12]), crc, binascii.crc_hqx(data, crc))
print(binascii.crc_hqx(b"world", binascii.crc_hqx(b"hello ", 0)) == binascii.crc_hqx(b"hello world", 0))
try:
    binascii.crc_hqx("text", 0)
except TypeError as e:
    print("TypeError:", e)
try:
    binascii.crc_hqx(b"x", 1.5)
except TypeError as e:
    print("TypeError:", e)
