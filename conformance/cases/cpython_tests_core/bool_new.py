# bool.__new__ is bool's own constructor, and int.__new__ refuses bool.
print(bool.__new__(bool), bool.__new__(bool, 1), bool.__new__(bool, 0))
print(int.__new__(int, 5), float.__new__(float, 2), str.__new__(str, 3), tuple.__new__(tuple, [1]))
print(complex.__new__(complex, 1))
try:
    class B(bool): pass
except TypeError as e: print(e)
print(bool.__new__(bool, []), type(bool.__new__(bool)))
try:
    bool.__new__(int)
except TypeError as e: print(e)
try:
    int.__new__(bool)
except TypeError as e: print(e)
