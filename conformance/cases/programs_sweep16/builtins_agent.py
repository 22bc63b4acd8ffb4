import math, sys
rows = [{"n": "a", "score": 3}, {"n": "b", "score": None}, {"n": "c", "score": 1}]
try:
    sorted(rows, key=lambda r: r["score"])
except TypeError as e:
    print("TypeError", e)
print(sorted(rows, key=lambda r: (r["score"] is None, r["score"] or 0)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [3, 4], [5, 6], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(enumerate("abc", start=10)), max([], default="empty"), min([3, 1], key=lambda x: -x), max(1, 2, key=str))
try:
    max([])
except ValueError as e:
    print("ValueError", e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError", e)
try:
    sum([[1], [2]])
except TypeError as e:
    print("TypeError", e)
print(sum([[1], [2]], []), sum([0.1] * 3), sum(range(101)), sum([1, 2], start=10))
big = math.factorial(2000)
try:
    s = str(big)
except ValueError as e:
    print("ValueError", e)
print(sys.get_int_max_str_digits(), len(hex(big)), big.bit_length(), big % 1000007)
sys.set_int_max_str_digits(10000)
print(len(str(big)), str(big)[:20])
try:
    int("9" * 20000)
except ValueError as e:
    print("ValueError", e)
print(int("1_000"), int("0x1f", 16), int("0b101", 0), int(" 42 "), float("1_0.5"), int("٣"), float(" -inf "), int(3.99), int(-3.99))
for bad in ["1__0", "0x", "", "1.5", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    float("one")
except ValueError as e:
    print("ValueError", e)
e = ValueError("bad input")
e.add_note("while parsing line 3")
e.add_note("hint: check quotes")
print(e.__notes__, str(e), repr(e))
try:
    raise ExceptionGroup("many", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except* ValueError as eg:
    print("got values", eg.exceptions)
except* (TypeError, KeyError) as eg:
    print("got others", repr(eg), [repr(x) for x in eg.exceptions])
eg = ExceptionGroup("g", [ValueError(1), TypeError(2), ValueError(3)])
m, rest = eg.split(ValueError)
print(m, rest, m.exceptions, eg.subgroup(lambda x: isinstance(x, TypeError)), eg.derive([KeyError()]))
print("prefix_name".removeprefix("prefix_"), "name.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print(getattr(rows, "nope", None), hasattr("", "join"), isinstance(1, (str, int)), issubclass(bool, (int,)), callable(len))
print(round(2.675, 2), round(0.5), round(1.5), round(-1.5), round(1234.5678, -2), round(15, -1), round(25, -1), round(5.5), round(6.5), round(1e20), type(round(1.5)))
print(divmod(10**30, 7), pow(10, -2), 7 // -2, -7 // 2, 7 % -2, -7 % 2, 2 ** -1, (-2) ** 0.5, 0 ** 0, abs(-0.0), -0.0 == 0.0)
print(f"{1e21}", f"{1e-5}", f"{123456789012345678.0}", f"{0.1+0.2}", f"{1/7:.20f}", f"{2**0.5:g}", f"{1e16:g}", f"{12345.6789:e}", f"{-0.0}", f"{float('nan'):5}")
print(bin(-5), oct(8), hex(-255), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True), (5).bit_count(), (10).as_integer_ratio())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError", e)
print(any([]), all([]), any(x > 2 for x in [1, 3]), list(filter(None, [0, 1, "", "a"])), list(map(lambda a, b: a * b, [1, 2], [3, 4, 5])), list(reversed(range(3))))
print(sorted("bAc", key=str.lower, reverse=True), sorted([(1, "b"), (1, "a"), (0, "z")]), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True))
print(dict(zip("abc", range(3))), dict([("a", 1)], b=2), {**{"a": 1}, "a": 2}, {"a": 1} | {"b": 2}, dict.fromkeys("ab", []), list({"x": 1}.items()))
print(isinstance(True, int), True + True, bool("False"), bool([0]), None is None, type(None).__name__, NotImplemented, Ellipsis, ...)
print(format(1234567.891, ",.2f"), format(0.000123, ".2e"), format(42, "08b"), format(3.5, "%"), format("x", "^5"), format(12, "#x"), format(-12, "+"), format(1e100, ".3g"))
print(chr(65) + chr(0x1F600), ord("A"), [ord(c) for c in "hé"], str(b"ab", "ascii"), bytes("hé", "utf-8"), bytearray(b"x") + b"y", b"a,b".split(b","), b"%d-%s" % (5, b"x"))
print(slice(1, 5, 2), range(10)[slice(2, 8, 3)], list(range(10))[-3:], "abcdef"[::-2], [1, 2, 3][5:], (1, 2, 3)[-1:-4:-1], range(0, 10, 3)[1], len(range(0, -10, -3)))
