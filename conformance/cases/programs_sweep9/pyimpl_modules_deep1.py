import textwrap, pprint, string, calendar, statistics, fractions, decimal, keyword, colorsys, binascii, base64
w = textwrap.TextWrapper(width=18, break_long_words=False, break_on_hyphens=True, expand_tabs=True, tabsize=4, replace_whitespace=True, drop_whitespace=True, fix_sentence_endings=True)
print(w.wrap("This is a sentence. Another one follows!  A supercalifragilistic word\tand well-known hyphen-ated-words."))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("abc def", width=1), textwrap.wrap("a-b-c-d-e-f", 3), textwrap.shorten("Hello  world!", width=11))
print(textwrap.wrap("x" * 25, width=10), textwrap.wrap("one two three", width=7, max_lines=2, placeholder=" [..]"))
try:
    textwrap.wrap("abc", width=0)
except ValueError as e:
    print(e)
try:
    textwrap.shorten("hello world", width=3)
except ValueError as e:
    print(e)
data = {"zeta": list(range(12)), "alpha": {"nested": {"deep": {"deeper": [1, 2, {"x": "y" * 30}]}}}, "n": 1234567890, "t": (1, "two", 3.0), "s": {3, 1, 2}}
pprint.pprint(data, width=50)
pprint.pprint(data, width=50, sort_dicts=False, depth=2)
pprint.pprint(data["zeta"], width=20, compact=True)
pprint.pprint({"n": 10 ** 12}, underscore_numbers=True)
print(pprint.pformat(("a" * 30, "b" * 30), width=40), pprint.saferepr([1, [2]]), pprint.isreadable([1, {2}]), pprint.isrecursive([1]))
pprint.pprint("a long string that will surely need to be wrapped across lines because width", width=30)
pprint.pprint([b"bytes" * 10], width=30)
t = string.Template("Hello $name, you owe $$${amount:.2f} ${unit}s")
try:
    print(t.substitute(name="Ann", amount=5, unit="coin"))
except ValueError as e:
    print("ValueError", e)
print(string.Template("$a $b").safe_substitute({"a": 1}), string.Template("${x}y").substitute(x="X"), string.Template("$who").get_identifiers() if hasattr(string.Template, "get_identifiers") else "")
for bad in [lambda: string.Template("$missing").substitute(), lambda: string.Template("$").substitute(), lambda: string.Template("${bad").substitute(bad=1)]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2024, 9, w=3, l=1))
print(calendar.TextCalendar().formatyear(2023, w=2, l=1, c=4, m=4)[:400])
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday(), list(calendar.month_name)[1:4], calendar.weekheader(3))
