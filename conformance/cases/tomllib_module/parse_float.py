import tomllib
from decimal import Decimal

doc = "a = 0.1\nb = [1.5, 2e3]\nc = inf\nd = 7\ne = -nan"
print(tomllib.loads(doc, parse_float=Decimal))
print(tomllib.loads(doc, parse_float=str))
try:
    tomllib.loads(doc, parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError", e)
try:
    tomllib.loads(doc, parse_float=lambda s: {})
except ValueError as e:
    print("ValueError", e)

def boom(s):
    raise ArithmeticError("no floats: " + s)

try:
    tomllib.loads(doc, parse_float=boom)
except ArithmeticError as e:
    print("ArithmeticError", e)
