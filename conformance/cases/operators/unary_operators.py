# Unary -, +, ~ and not.
for v in (0, 5, -5, 2.5, -0.0, True, False, 10 ** 20):
    print(repr(v), -v, +v, not v)
for v in (0, 5, -5, True, 2 ** 65):
    print(v, ~v, ~~v)
print(- - 3, - + - 3, not not 0, -(-(2 ** 63)))
try:
    -"x"
except TypeError as e:
    print("TypeError", e)
try:
    +[1]
except TypeError as e:
    print("TypeError", e)
try:
    ~2.0
except TypeError as e:
    print("TypeError", e)
try:
    -None
except TypeError as e:
    print("TypeError", e)
