# Differ / ndiff deltas, with the "?" guide lines, line and character
# junk, and restore().
import difflib

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
result = list(d.compare(text1, text2))
print("".join(result), end="")
print("===")
diff = list(difflib.ndiff("one\ntwo\nthree\n".splitlines(keepends=True),
                          "ore\ntree\nemu\n".splitlines(keepends=True)))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print("ValueError", e)
print("===")
cases = [
    (["abcDefghiJkl\n"], ["abcdefGhijkl\n"]),
    (["\tIndented line\n"], ["\tIndented lime\n"]),
    (["same\n", "x\n"], ["same\n", "y\n"]),
    (["a\n", "b\n", "c\n"], ["c\n", "b\n", "a\n"]),
    (["completely different\n"], ["nothing alike at all here\n"]),
    (["kept\n", "one two three\n", "kept\n"], ["kept\n", "one too three\n", "kept\n"]),
    (["x\n", "same\n", "y\n"], ["p\n", "same\n", "q\n", "r\n"]),
    (["the quick brown fox\n", "jumps\n"], ["the quick brown fix\n", "jumped\n", "over\n"]),
    ([], ["only b\n"]),
    (["only a\n"], []),
    (["a b c d e f g\n"], ["a b c d e f h\n"]),
    (["  spaced   out  \n"], ["  spaced  out  \n"]),
    (["no newline"], ["no newlime"]),
]
for a, b in cases:
    print(repr(a), repr(b))
    for line in difflib.ndiff(a, b):
        print(repr(line))
print("=== junk")
a = ["x\n", "\n", "# comment\n", "y\n"]
b = ["x\n", "   \n", "#\n", "z\n"]
print(list(difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK)))
print(list(difflib.ndiff(a, b, charjunk=None)))
print(list(difflib.Differ().compare(["a b c\n"], ["a  b c\n"])))
print(list(difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK).compare(["a b c\n"], ["a  b c\n"])))
for line in ["", "\n", "  #  \n", "#x", " x ", "##"]:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in [" ", "\t", "\n", "x", ""]:
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))
