# Comparing bools, None and mixed types.
print(True > False, False < True, True >= 1, False <= 0, True == 1.0)
print(sorted([True, False, True, 0, 1, -1]), max([False, True]), min([True, 2]))
print(None == 0, None == False, None == "", None != None)
for a, b in ((None, None), (None, 1), ("a", 1), ([1], (1,)), ({}, [])):
    print(repr(a), repr(b), a == b, a != b)
try:
    print(None < None)
except TypeError as e:
    print("TypeError", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError", e)
try:
    print([1] < (1,))
except TypeError as e:
    print("TypeError", e)
try:
    print({} > {})
except TypeError as e:
    print("TypeError", e)
try:
    print(1 >= "1")
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, "2", 3])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([None, 1])
except TypeError as e:
    print("TypeError", e)
