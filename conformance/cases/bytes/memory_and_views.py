# Big results are built once and compare correctly; nothing aliases.
big = b"ab" * 50000
print(len(big), big[:6], big[-4:], big.count(b"ab"), big.find(b"ba"), big.rfind(b"ab"))
ba = bytearray(big)
ba[10:20] = b""
print(len(ba), ba[:12])
ba[0:0] = b"X" * 1000
print(len(ba), ba[998:1004])
print(big.replace(b"a", b"") == b"b" * 50000, len(big.split(b"b")), len(b"".join([b"x"] * 1000)))
s = "\u00e9" * 1000
print(len(s.encode()), s.encode().decode() == s, len(s.encode("latin-1")))
print(b"-".join(bytes([i]) for i in range(5)), bytes(range(256))[250:], bytearray(range(256)).count(0))
