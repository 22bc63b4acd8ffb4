# !a and ascii(): non-ASCII characters escaped as \x, \u or \U, inside
# containers and through __repr__, with format specs applied afterwards.
words = ["café", "naïve", "日本", "emoji 🎉", "tab\there", "\x7f\x80", "\u2028", "plain"]
for w in words:
    print(ascii(w), f"{w!a}", f"{w!a:>20}|", f"{w!r:.6}|")
print(ascii(["é", ("ü", {"ß": "ø"})]))
print(ascii(b"\xff\x00"), ascii(1.5), ascii(None))

class R:
    def __repr__(self):
        return "R(é→✓)"
print(ascii(R()), f"{R()!a}", "%a" % R(), "{!a}".format(R()))

class BadRepr:
    def __repr__(self):
        return 5
try:
    ascii(BadRepr())
except TypeError as e:
    print("TypeError", e)
print("%a|%5a|%-8a|" % ("é", "x", "ü"))
print(ascii("\ud800"), ascii("\U0001f600"), ascii("\N{BULLET}"))
print(repr("é"), str("é"), "{0!s:^5}|{0!r}".format("é"))
try:
    "{!x}".format(1)
except ValueError as e:
    print("ValueError", e)
try:
    "{!}".format(1)
except ValueError as e:
    print("ValueError", e)
try:
    "{!ab}".format(1)
except ValueError as e:
    print("ValueError", e)
