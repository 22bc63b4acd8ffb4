# Differ and ndiff: synch points, the 0.75 similarity bar, guide lines
# with tabs, which block is listed first, junk callbacks and restore().
import difflib

def show(lines):
    for line in lines:
        print(repr(line))
    print("--")

# A pair at ratio 0.7407: below the bar, so an identical pair (if any)
# is the synch point, otherwise a plain replace.
x = "abcdefghijklmnopqrs" + "uvwxyz1\n"
y = "abcdefghijklmnopqrs" + "2345678\n"
print(round(difflib.SequenceMatcher(difflib.IS_CHARACTER_JUNK, x, y).ratio(), 4))
show(difflib.ndiff([x], [y]))
show(difflib.ndiff([x, "same\n", "p\n"], [y, "same\n"]))
show(difflib.ndiff([x, "same\n"], ["q\n", "r\n", "same\n", y]))
# A junk blank line cannot be matched, so it sits inside the replaced
# block; being identical on both sides it becomes the synch point.
show(difflib.ndiff([x, "\n", "p\n"], [y, "\n", "q\n"], linejunk=difflib.IS_LINE_JUNK))
show(difflib.ndiff(["\n", "ab\n", "cd\n"], ["abc\n", "\n", "cd\n"], linejunk=difflib.IS_LINE_JUNK))
# A pair at 0.8 is marked up.
show(difflib.ndiff(["abcdefghij\n"], ["abcdefgXYj\n"]))

# Plain replace lists the shorter block first.
show(difflib.ndiff(["one\n", "two\n"], ["xyz\n"]))
show(difflib.ndiff(["one\n"], ["xyz\n", "qqq\n"]))
show(difflib.ndiff(["one\n", "two\n"], ["xyz\n", "qqq\n"]))

# Tabs under the guide stay tabs; trailing blanks of a guide are dropped.
show(difflib.ndiff(["\tif x == 1:\n"], ["\tif x == 2:\n"]))
show(difflib.ndiff(["  a\tb = 1\n"], ["  a\tb = 10\n"]))
show(difflib.ndiff(["private x\n"], ["public x\n"]))
show(difflib.ndiff(["abcd\n"], ["abcdXYZ\n"]))
show(difflib.ndiff(["XYZabcd\n"], ["abcd\n"]))

# Several candidates: the best one anchors, the rest are recursed on.
a = ["apple pie\n", "banana split\n", "cherry tart\n", "date loaf\n"]
b = ["banana splits\n", "cherry tort\n", "fig roll\n", "apple pie!\n"]
show(difflib.ndiff(a, b))
show(difflib.Differ().compare(a, b))
show(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(a, b))

# linejunk only changes how lines are matched, never what is shown.
a = ["x = 1\n", "\n", "# note\n", "y = 2\n"]
b = ["x = 1\n", "  \n", "#\n", "y = 3\n"]
show(difflib.ndiff(a, b))
show(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK))
for line in ["", "\n", "  #  \n", "#", "##\n", " # x", "\t\x0c#\n", "\u2003#\u3000"]:
    print(repr(line), difflib.IS_LINE_JUNK(line))
print(difflib.IS_LINE_JUNK("abc", lambda s: None), difflib.IS_LINE_JUNK("abc", str.isalpha))
for ch in " \t\nx#":
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))
print(difflib.IS_CHARACTER_JUNK("x", ws="xyz"))

# Items that are not strings are shown with str() when dumped whole.
show(difflib.ndiff([1, 2, 3], [1, 3, 4]))
show(difflib.Differ().compare((1.5, None, 2), (1.5, 2, True)))

# restore() takes 1 or 2 (or anything int() turns into them).
delta = list(difflib.ndiff(["a\n", "b\n", "c\n"], ["a\n", "B\n", "c\n", "d\n"]))
show(delta)
print(list(difflib.restore(delta, 1)), list(difflib.restore(delta, "2")), list(difflib.restore(iter(delta), 2.9)))
gen = difflib.restore(delta, 5)
print(type(gen).__name__)
for which in (0, 3, "3", -1):
    try:
        list(difflib.restore(delta, which))
    except ValueError as exc:
        print(type(exc).__name__, exc, exc.__cause__, exc.__context__, exc.__suppress_context__)
for which in ("one", None):
    try:
        list(difflib.restore(delta, which))
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
