b = b"hello"
ba = bytearray(b"abc")
calls = [
    ("b.decode('utf-16')", lambda: b.decode("utf-16")),
    ("b'\\xff\\xfe'.decode('utf-16')", lambda: b"\xff\xfea\x00".decode("utf-16")),
    ("b.split('l')", lambda: b.split("l")),
    ("b.replace(b'l')", lambda: b.replace(b"l")),
    ("b.join(['a'])", lambda: b.join(["a"])),
    ("b.join([b'a', 1])", lambda: b.join([b"a", 1])),
    ("b.index(b'z')", lambda: b.index(b"z")),
    ("b.count(300)", lambda: b.count(300)),
    ("b.find(104)", lambda: b.find(104)),
    ("b[1] = 1", lambda: b.__setitem__(1, 1)),
    ("ba[0] = b'x'", lambda: ba.__setitem__(0, b"x")),
    ("ba[0:1] = 5", lambda: ba.__setitem__(slice(0, 1), 5)),
    ("ba.extend([1, 'a'])", lambda: ba.extend([1, "a"])),
    ("ba.insert(0, -1)", lambda: ba.insert(0, -1)),
    ("ba + 'x'", lambda: ba + "x"),
    ("bytes('x', 'nope')", lambda: bytes("x", "nope")),
    ("bytes(1.5)", lambda: bytes(1.5)),
    ("bytes.fromhex('a')", lambda: bytes.fromhex("a")),
    ("b.hex(':', 0)", lambda: b.hex(":", 0)),
    ("b.center(10, 'x')", lambda: b.center(10, "x")),
    ("b % 1", lambda: b % 1),
    ("b'%d' % b'1'", lambda: b"%d" % b"1"),
    ("b.startswith('h')", lambda: b.startswith("h")),
]
for label, fn in calls:
    try:
        print(f"{label:<30} -> {fn()!r}")
    except Exception as e:
        print(f"{label:<30} !! {type(e).__name__}: {e}")
print(ba)
