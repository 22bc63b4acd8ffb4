print("a\x0bb\x0cc\x1cd\x1de\x85f\u2028g".splitlines(), "a\r\rb".splitlines(True))
print("\t".isprintable(), "é".isprintable(), "\u200b".isprintable(), "+12".zfill(5), "-".zfill(3), "abc".zfill(1))
print(b"abc1".isalnum(), b"".isalpha(), b"Ab".istitle(), b"a b".split(), b"a\tb".expandtabs(4), b"abc".translate(None, b"b"))
print(bytes.maketrans(b"ab", b"xy"), b"aab".translate(bytes.maketrans(b"ab", b"xy")), b"x".center(5, b"-"), b"%5s|" % b"ab")
ba = bytearray(b"hello world"); ba[0:5] = b"HELLO!!"; del ba[-3:]; ba[::2] = b"______"; print(ba)
print(bytearray(3), bytearray("é", "utf-8"), bytearray.fromhex("41 42"), ba.find(b"_"), ba.upper(), ba.title())
print(float.fromhex("0x1p-1074"), float.fromhex("-0x1.fffffffffffffp+1023"), float.fromhex("inf"), (0.1).hex(), (-0.0).hex())
print(hash(float("inf")), hash(-float("inf")), hash(1.5), hash(-1), hash(2**61 - 1), hash(2**61), hash(-2**61), hash(10**30))
print(hash((1, 2, 3)), hash(()), hash((1.5, "")), hash(frozenset()), hash(frozenset([1, 2])), hash(None) == hash(None))
print(round(1e300, -299), round(123.456, -1), round(-123.456, 1), round(2**70, -20), round(0.5 + 1e-16), round(1e16 + 1.0))
print(divmod(1e308, 1e-308) if False else "", divmod(-0.0, 1), divmod(5, -0.5), 5.0 % float("inf"), -5.0 % float("inf"))
print(pow(3, -1, 7), pow(-3, 2, -7), pow(3, 200, 10**9 + 7), pow(2, 0.5, None) if False else "", (-2) ** 0.5)
print(sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3j]), sum((x for x in []), 0.0))
for bad in [lambda: sorted([3, "a", 1]), lambda: [1, 2].sort(key=lambda x: 1 / (x - 1)), lambda: max([1, "a"]),
            lambda: min([], key=len), lambda: sorted([{1}, {2}, {1, 2}]), lambda: sorted([1j, 2j]),
            lambda: [].sort(1), lambda: sorted([], cmp=None), lambda: "abc".__getitem__(1.0), lambda: [1][True:"x"]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(str(3 + 0j), str(-1j), str(complex(-0.0, -0.0)), repr(complex(1, float("nan"))), complex("inf+nanj"), str(1e-7j))
print("{:>10}|{:<10}|{:^+10.2f}".format(1 + 2j, -1j, 3 - 4j), format(1j, ""), format(1 + 1j, "e"))
print(int(1e20), int(-1.9999999999999999), int(2.5e-324 * 1e300) if False else "", float(2**1023) * 2 if False else "")
print(float(10**308), 2**1023 * 1.0, 1.7976931348623157e308 + 1e292)
try:
    float(10**309)
except OverflowError as e:
    print("OverflowError", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError", e)
print(10 ** 400 // 3 % 1000, (10 ** 400) / (10 ** 399), 7 ** 0.5, 1 / 3 * 3 == 1)
