# complex values in match patterns, dataclasses, typing unions and sums.
from dataclasses import dataclass
from typing import Union
Number = Union[int, float, complex]
def describe(x):
    match x:
        case bool(): return "bool"
        case int(): return "int"
        case float(): return "float"
        case complex(real=0, imag=i): return f"pure imaginary {i}"
        case complex(): return "complex"
        case _: return "other"
print([describe(v) for v in [1, 2.0, 3j, 1 + 2j, True, "x"]])
@dataclass
class Phasor:
    value: complex
    def __abs__(self): return abs(self.value)
p = Phasor(3 + 4j)
print(p, abs(p), f"{p.value=}", f"{p.value!s:>10}", Number)
print(isinstance(2j, (int, float, complex)), [type(x).__name__ for x in (1, 1.0, 1j)])
vals = [1, 2.5, 1j, -3]
print(sum(vals), sum(vals, 0j), max(vals, key=abs), sorted(vals, key=abs), [abs(v) for v in vals])
print(complex.__name__, complex.__qualname__, type(1j) is complex, complex(1j) is complex(1j), repr(complex))
print(list(map(complex, ["1", "2j", "3+4j"])), dict.fromkeys([1j, 2j], 0), {1j, 1j, 2}, (1j, 2j) < (1j, 3j) if False else "skip")
try:
    (1j, 2j) < (1j, 3j)
except TypeError as e:
    print("TypeError", e)
print((1j, 2) < (1j, 3), [1j] == [1j], 1j in [0, 1j])
import functools
print(functools.reduce(lambda a, b: a * b, [1j] * 4), pow(1j, 2), pow(2, 1j), 1j.__pow__(2), (2).__rpow__(1j) if False else "")
