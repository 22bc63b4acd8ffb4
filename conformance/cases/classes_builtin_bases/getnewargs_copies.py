# __getnewargs__ of the immutable built-ins: a new object where CPython
# copies (str, bytes, float, complex's parts, ints outside the small-int
# cache), the object itself where it keeps one (empty str, short bytes,
# an exact tuple).
class S(str): pass
class B(bytes): pass
class I(int): pass
class F(float): pass
class C(complex): pass
class T(tuple): pass


big = 10 ** 30
for v in ['abc', 'é€', '', b'abc', b'x', b'', big, -big, 2.5, 0.0, 1 + 2j, (1, 2), (),
          S('x'), B(b'y'), I(7), I(big), F(1.5), C(2j), T((3,)), 5, True]:
    args = v.__getnewargs__()
    print(type(v).__name__, args, type(args[0]).__name__, args[0] is v, args[0] == v)
z = 3 + 4j
print(z.__getnewargs__()[0] is z.__getnewargs__()[0])
