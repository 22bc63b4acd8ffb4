data = b"Hello, bytes!"
print(data.upper(), data.split(b","), data.hex(), data.hex(":", 2), bytes.fromhex("de ad"))
print(data[0], data[:5], data.find(b"l"), data.count(b"l"), data.startswith(b"He"))
print(data.decode(), list(b"abc"), bytes(3), bytes([65, 66]), b"%d-%s" % (5, b"x"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba), ba.pop(), ba.decode("ascii"), bytes(ba))
ba.reverse()
print(ba, ba.replace(b"Z", b"z"), ba.strip(b"Ad"), b"-".join([b"a", bytearray(b"b")]))
print("héllo".encode("utf-8"), "héllo".encode("latin-1"), b"h\xc3\xa9llo".decode("utf-8"))
print("x".encode("ascii", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "xmlcharrefreplace"))
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("ascii", "backslashreplace"))
for bad in [lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"), lambda: b"a" + "b",
            lambda: ba.append(256), lambda: bytes([300]), lambda: bytes.fromhex("zz"),
            lambda: b"a"[3], lambda: bytearray().pop(), lambda: b"x".decode("nope"), lambda: ba.remove(0)]:
    try:
        bad()
    except (UnicodeError, TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
