# Dunder methods on built-in types give the same results as operators.
print((3).__add__(4), (3).__sub__(4), (3).__mul__(4), (3).__truediv__(4), (3).__floordiv__(4))
print((3).__mod__(4), (3).__pow__(4), (3).__lshift__(4), (3).__and__(6), (3).__or__(4), (3).__xor__(1))
print((3).__lt__(4), (3).__eq__(3), (3).__ne__(3), (3).__ge__(3.5), (3).__neg__(), (3).__abs__())
print("ab".__add__("c"), "ab".__mul__(2), "ab".__contains__("b"), "ab".__len__(), "ab".__getitem__(1))
print([1].__add__([2]), [1, 2].__len__(), [1, 2].__contains__(2), {"a": 1}.__getitem__("a"))
print((1).__add__("x"), (1.5).__radd__(1), (2).__rpow__(3), (7).__rsub__(10), (4).__rtruediv__(2))
print(int.__add__(1, 2), str.__len__("abc"), list.__len__([1]), float.__mul__(1.5, 2.0))
