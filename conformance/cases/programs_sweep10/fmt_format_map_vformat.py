import string
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
tmpl = "Hello {name}, you owe {amount:.2f} to {creditor}"
print(tmpl.format_map(Default(name="Bo", amount=3.456)))
try:
    tmpl.format_map({"name": "x"})
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({"0": 1})
except (TypeError, ValueError, KeyError) as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{x}", 1, x=2), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("a{0:>3}b{x!r}c{{")))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="Al", what="cake"), t.safe_substitute(who="Al"))
try:
    t.substitute(who="Al")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ sign").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.capwords("  hello   world  "), string.ascii_lowercase[:5], string.digits, string.punctuation[:6])
