e = ValueError("a")
e.foo = 1
print(e.foo)
e.args = ("z",)
print(e)
try:
    e.__cause__ = KeyError("c")
    print(repr(e.__cause__), e.__suppress_context__)
except AttributeError as x: print(x)
try:
    e.__context__ = KeyError("d")
    print(repr(e.__context__))
except AttributeError as x: print(x)
try:
    e.__suppress_context__ = True
    print(e.__suppress_context__)
except AttributeError as x: print(x)
e.add_note("note1")
print(e.__notes__)
s = StopIteration(1)
s.value = 5
print(s.value, s.args)
