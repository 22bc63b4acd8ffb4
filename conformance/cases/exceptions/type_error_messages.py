def f(a, b, c=1, *, d, e=2): pass
tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=1, z=3),
    lambda: f(1, 2, a=1, d=1),
    lambda: f(1, 2, 3, 4, 5, d=1),
]
for t in tests:
    try: t()
    except TypeError as e: print(e)
def g(x, /, y): pass
try: g(x=1, y=2)
except TypeError as e: print(e)
def h(*, k): pass
try: h(1)
except TypeError as e: print(e)
try: h()
except TypeError as e: print(e)
def two_kw(*, a, b): pass
try: two_kw()
except TypeError as e: print(e)
def three(a, b, c): pass
try: three()
except TypeError as e: print(e)
try: three(1)
except TypeError as e: print(e)
class C:
    def m(self, x): pass
    def __init__(self, v): pass
try: C()
except TypeError as e: print(e)
try: C(1).m()
except TypeError as e: print(e)
try: C(1).m(1, 2)
except TypeError as e: print(e)
try: C(1, 2)
except TypeError as e: print(e)
class D: pass
try: D(1)
except TypeError as e: print(e)
try: D(x=1)
except TypeError as e: print(e)
class E:
    def __new__(cls): return super().__new__(cls)
try: E(1)
except TypeError as e: print(e)
try: object(1)
except TypeError as e: print(e)
try: len()
except TypeError as e: print(e)
try: len(1, 2)
except TypeError as e: print(e)
try: len(5)
except TypeError as e: print(e)
try: abs("x")
except TypeError as e: print(e)
try: "x"[0] = 1
except TypeError as e: print(e)
try: (1,)[0] = 1
except TypeError as e: print(e)
try: del (1,)[0]
except TypeError as e: print(e)
five = 5
try: five[0]
except TypeError as e: print(e)
try: D()[0]
except TypeError as e: print(e)
try: D()[0] = 1
except TypeError as e: print(e)
try: del D()[0]
except TypeError as e: print(e)
try: D()()
except TypeError as e: print(e)
try: five()
except TypeError as e: print(e)
abc = "abc"
try: abc()
except TypeError as e: print(e)
try: [1, 2] + (3,)
except TypeError as e: print(e)
try: "a" + 1
except TypeError as e: print(e)
try: 1 + "a"
except TypeError as e: print(e)
try: "a" * "b"
except TypeError as e: print(e)
try: [] * 2.0
except TypeError as e: print(e)
try: {} + {}
except TypeError as e: print(e)
try: {1} + {2}
except TypeError as e: print(e)
try: -"a"
except TypeError as e: print(e)
try: ~1.5
except TypeError as e: print(e)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1 // 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1.0 // 0.0
except ZeroDivisionError as e: print(e)
try: 1.0 % 0.0
except ZeroDivisionError as e: print(e)
try: divmod(1, 0)
except ZeroDivisionError as e: print(e)
try: 0 ** -1
except ZeroDivisionError as e: print(e)
try: [].pop()
except IndexError as e: print(e)
try: [1][5]
except IndexError as e: print(e)
try: "a"[5]
except IndexError as e: print(e)
try: (1,)[5]
except IndexError as e: print(e)
try: {}["k"]
except KeyError as e: print(repr(e))
try: [].remove(1)
except ValueError as e: print(e)
try: [].index(1)
except ValueError as e: print(e)
try: "abc".index("z")
except ValueError as e: print(e)
try: a, b = [1, 2, 3]
except ValueError as e: print(e)
try: a, b, c = [1, 2]
except ValueError as e: print(e)
try: a, *b, c = [1]
except ValueError as e: print(e)
try: a, b = 1
except TypeError as e: print(e)
try: hash([])
except TypeError as e: print(e)
try: {[]: 1}
except TypeError as e: print(e)
try: set([[]])
except TypeError as e: print(e)
try: undefined_name
except NameError as e: print(e)
def ul():
    print(x)
    x = 1
try: ul()
except UnboundLocalError as e: print(e)
try: int.bit_length()
except TypeError as e: print(e)
try: str.upper()
except TypeError as e: print(e)
try: [].append()
except TypeError as e: print(e)
try: [].append(1, 2)
except TypeError as e: print(e)
try: {}.get()
except TypeError as e: print(e)
try: "x".join([1])
except TypeError as e: print(e)
try: ",".join(5)
except TypeError as e: print(e)
try: "%d" % "a"
except TypeError as e: print(e)
try: "%s %s" % (1,)
except TypeError as e: print(e)
try: "%s" % (1, 2)
except TypeError as e: print(e)
try: "{}{}".format(1)
except IndexError as e: print(e)
try: "{x}".format()
except KeyError as e: print(repr(e))
try: f"{1:d}" + f"{'a':d}"
except ValueError as e: print(e)
try: format(1.5, "d")
except ValueError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
try: issubclass(1, int)
except TypeError as e: print(e)
try: print(sep=1)
except TypeError as e: print(e)
try: sorted([1, "a"])
except TypeError as e: print(e)
try: max(1, "a")
except TypeError as e: print(e)
try: range(1.5)
except TypeError as e: print(e)
try: range(0, 10, 0)
except ValueError as e: print(e)
try: [1, 2][1:2:0]
except ValueError as e: print(e)
try: chr(-1)
except ValueError as e: print(e)
try: ord("ab")
except TypeError as e: print(e)
try: int("")
except ValueError as e: print(e)
try: dict([1])
except TypeError as e: print(e)
try: dict([(1, 2, 3)])
except ValueError as e: print(e)
try: getattr(1)
except TypeError as e: print(e)
try: iter()
except TypeError as e: print(e)
try: f(**{1: 2})
except TypeError as e: print(e)
try: f(*5)
except TypeError as e: print(e)
try: f(**5)
except TypeError as e: print(e)
try: f(1, 2, d=1, **{"d": 2})
except TypeError as e: print(e)
