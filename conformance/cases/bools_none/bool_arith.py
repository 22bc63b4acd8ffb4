# bool is a subclass of int.
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~False)
print(True == 1, False == 0, True is True, isinstance(True, int), issubclass(bool, int))
print(sum([True, False, True, True]), max(True, 0), min(False, -1))
print(True & True, True | False, True ^ True, False ^ True, type(True & 1).__name__)
print(type(True + 0).__name__, type(True & False).__name__, type(True or 2).__name__)
print(str(True), repr(False), int(True), float(False), bool(1), bool(0))
print(True ** 10, 2 ** True, divmod(True, True), abs(False), True << 4)
print([1, 2, 3][True], "ab"[False], {True: "yes"}[1], {1: "one"}[True])
d = {1: "int", True: "bool", 1.0: "float"}
print(d, len(d))
print(hash(True), hash(False))
votes = [True, True, False, True, False, False, True]
print("yes votes:", sum(votes), "of", len(votes))
