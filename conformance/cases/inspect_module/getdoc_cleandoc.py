import inspect

def f():
    """Summary line.

        Indented more.
    Back.

    """

def g():
    """   Leading spaces, one line   """

def none():
    pass

class C:
    """Class doc.
       Second line.
    """

    def m(self):
        """Method\tdoc with\ttabs."""

print(repr(inspect.getdoc(f)))
print(repr(inspect.getdoc(g)))
print(repr(inspect.getdoc(none)))
print(repr(inspect.getdoc(C)))
print(repr(inspect.getdoc(C().m)))
print(repr(inspect.cleandoc("\n\n  a\n    b\n  c\n\n")))
print(repr(inspect.cleandoc("first\n\tsecond\n        third")))
print(repr(inspect.cleandoc("")))
print(repr(inspect.cleandoc("   \n   ")))
print(repr(inspect.cleandoc("only")))
