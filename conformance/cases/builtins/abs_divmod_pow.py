# abs, divmod and pow.
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(10 ** 20, 7), divmod(True, 2))
print(pow(2, 8), pow(2, -2), pow(2.5, 2), pow(-8, 3), pow(7, 2, 5), pow(base=3, exp=4))
print(pow(3, 4, mod=5), pow(0, 0), pow(0.0, 0), pow(-1, 0.5 * 2))
try:
    abs(None)
except TypeError as e:
    print("TypeError", e)
try:
    divmod(1, "2")
except TypeError as e:
    print("TypeError", e)
try:
    pow()
except TypeError as e:
    print("TypeError", e)
try:
    pow(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
