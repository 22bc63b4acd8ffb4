# str subclasses: construction forms, __str__/__repr__ overrides, sorting.
class S(str):
    pass

print(S(), repr(S()), S(12), S([1, 2]), S(b"ab", "ascii"), S(object="kw"), type(S(1)).__name__)
words = [S("pear"), S("apple"), "fig", S("banana")]
print(sorted(words), sorted(words, key=len), max(words), min(words))
print(type(sorted(words)[0]).__name__, "".join(words), len(set(words)))


class Name(str):
    def __repr__(self):
        return "Name(" + super().__repr__() + ")"


n = Name("ada")
print(n, repr(n), [n], str(n), f"{n}", f"{n!r}", "%s %r" % (n, n))


class Shout(str):
    def __str__(self):
        return self.upper()


s = Shout("quiet")
print(s, str(s), repr(s), f"{s}", s + "", "{}".format(s))
for make in [lambda: S(1, 2, 3, 4), lambda: S("x", "utf-8"), lambda: S(b"x", 5),
             lambda: S(foo=1)]:
    try:
        print(make())
    except TypeError as e:
        print(type(e).__name__, e)
