# Conversion builtins bool, int, float and str.
print(bool(), bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-1))
print(int(), int(3.99), int(-3.99), int("12"), int(" -5 "), int("ff", 16), int("0b101", 0), int(True), int("٣"))
print(float(), float(1), float("1.5"), float("-inf"), float(" 2e3 "), float(True), float("1_0.5"))
print(str(), str(1), str(1.0), str(-0.0), str(None), str([1, "a"]), str((1,)), str({1: "a"}), str("s"))
print(repr(str(1e16)), repr(str(1e-5)), str(123456789012345678901234567890))
print(int(float("1e18")), int(1e18) == 10 ** 18, float(2 ** 63), str(2.0 ** 63))
try:
    int("1.0")
except ValueError as e:
    print("ValueError", e)
try:
    float("1,0")
except ValueError as e:
    print("ValueError", e)
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
