# Methods and attributes taken from a built-in type show what they are.
print(str.upper, int.bit_count, list.append, dict.get, float.real, int.numerator)
print(complex.conjugate, float.conjugate)
upper = str.upper
print(upper("abc"), list(map(str.strip, [" a ", "b "])), sorted(["b", "A"], key=str.lower))
try:
    str.upper()
except TypeError as e:
    print("TypeError", e)
