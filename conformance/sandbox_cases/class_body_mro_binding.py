# A class body that binds __mro__ does not change what C.__mro__ reads:
# CPython's type data descriptor wins and gives the real MRO, which the
# sandbox withholds, so the read is refused rather than giving the body's 5.
class C:
    __mro__ = 5
    __bases__ = "not the bases"


print(C.__dict__['__mro__'])
for name in ('__mro__', '__bases__'):
    try:
        getattr(C, name)
    except AttributeError as e:
        print("AttributeError", e)
