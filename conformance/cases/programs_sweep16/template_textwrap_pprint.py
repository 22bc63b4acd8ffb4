import string, textwrap, pprint

t = string.Template("Hello $name, you owe $$${amount} by ${due}.")
print(t.substitute(name="Ann", amount="12.50", due="Fri"))
print(t.safe_substitute(name="Bob"))
try:
    t.substitute(name="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a$b ${a}x").substitute({"a": 1}, b=2), t.get_identifiers(), t.is_valid())
class PctT(string.Template):
    delimiter = "%"
print(PctT("%who likes %what").substitute(who="tim", what="kung pao"))
print(string.capwords("hello   big  world"), string.ascii_letters[:5], string.punctuation, string.digits, string.hexdigits)
fmt = string.Formatter()
print(fmt.format("{0:>5}|{name!r}", 3, name="x"), list(fmt.parse("a{b:>3}c{}")))

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:3])
print(textwrap.shorten(text, width=40), "|", textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("abc", 10, placeholder="~"))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\n\nb", "+ ", lambda l: True))
print(repr(textwrap.dedent("""
    def f():
        return 1
      x
""")))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("supercalifragilisticexpialidocious is a long word indeed"))
print(textwrap.fill("a-b-c-d-e-f-g-h-i-j", 6), textwrap.wrap("tab\there", 8, expand_tabs=True), textwrap.wrap("", 5))
print(textwrap.fill("one two three four five six", width=12, max_lines=2, placeholder=" ..."))

data = {
    "users": [{"name": "alice", "roles": ["admin", "dev"], "meta": {"age": 30, "langs": ("py", "go")}},
              {"name": "bob", "roles": [], "meta": {}}],
    "counts": {i: i * i for i in range(12)},
    "matrix": [[i * j for j in range(6)] for i in range(4)],
    "long": "x" * 90,
    "set": {3, 1, 2},
    "nested": [[[[[1]]]]],
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
pprint.pprint(data["users"], compact=True, width=50)
print(pprint.pformat(data["matrix"], indent=2, width=30))
pprint.pprint(data, sort_dicts=False, width=120)
print(pprint.saferepr({"a": [1, 2]}), pprint.isreadable([1, {2: 3}]), pprint.isrecursive([1]))
r = [1, 2]; r.append(r)
print(pprint.saferepr(r).split("<")[0])
pprint.pprint(list(range(40)))
pprint.pprint(("a" * 30, "b" * 30, "c" * 30))
pprint.pprint({"k": "word " * 30})
from collections import OrderedDict, defaultdict, Counter
pprint.pprint(OrderedDict((str(i), i) for i in range(8)), width=40)
pprint.pprint(defaultdict(list, {"a": list(range(30))}))
pprint.pprint(Counter("abracadabra" * 5))
pprint.pp({"b": 1, "a": 2})
