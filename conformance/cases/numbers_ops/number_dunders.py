# The operator dunders of int, bool and float call the same slots as the
# operators, and return NotImplemented where the operator would try the
# other operand.
print((3).__add__(4), (3).__sub__(4), (3).__mul__(4), (3).__truediv__(4), (3).__floordiv__(4))
print((3).__mod__(4), (3).__pow__(4), (3).__lshift__(4), (3).__and__(6), (3).__or__(4), (3).__xor__(1))
print((3).__lt__(4), (3).__eq__(3), (3).__ne__(3), (3).__ge__(3.5), (3).__neg__(), (3).__abs__())
print((1).__add__("x"), (1.5).__radd__(1), (2).__rpow__(3), (7).__rsub__(10), (4).__rtruediv__(2))
print((3).__eq__(3.0), (3.0).__eq__(3), (3).__truediv__(1.5), (1.5).__rtruediv__(3), 3 == 3.0)
print(True.__and__(True), True.__rand__(1), True.__or__(False), (5).__rxor__(True), True.__invert__())
print((3).__pow__(2, 5), (3).__pow__(2, None), (3).__rpow__(2, 5), (2**100).__rmod__(7))
print((3).__divmod__(2), (3).__rdivmod__(7), (1.5).__rdivmod__(7), (1.5).__divmod__("x"))
print((3).__hash__(), True.__hash__(), (2.5).__hash__(), (0).__bool__(), (0.5).__bool__())
print((2**70).__neg__(), (-2.5).__abs__(), (0.0).__neg__(), (-0).__pos__(), (2**62).__invert__())
tests = [("(3).__add__()", lambda: (3).__add__()), ("(3).__add__(1, 2)", lambda: (3).__add__(1, 2)),
         ("(3).__neg__(1)", lambda: (3).__neg__(1)), ("(3).__eq__()", lambda: (3).__eq__()),
         ("(3).__bool__(1)", lambda: (3).__bool__(1)), ("(3).__divmod__(0)", lambda: (3).__divmod__(0)),
         ("(1.5).__floordiv__(0)", lambda: (1.5).__floordiv__(0)),
         ("(1.5).__pow__(2, 3)", lambda: (1.5).__pow__(2, 3)), ("(3).__pow__()", lambda: (3).__pow__()),
         ("(3).__pow__(1, 2, 3)", lambda: (3).__pow__(1, 2, 3)), ("(1).__lshift__(-1)", lambda: (1).__lshift__(-1))]
for text, fn in tests:
    try:
        print(text, "->", fn())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(text, type(e).__name__, e)
