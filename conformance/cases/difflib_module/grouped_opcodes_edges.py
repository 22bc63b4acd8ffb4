# get_grouped_opcodes: context sizes, hunks split by long equal runs, and
# the trimming of the cached opcode list that python3.11 leaves behind.
import difflib

a = [str(k) for k in range(30)]
b = list(a)
b[3] = "three"
b[20:22] = []
b.append("end")

for n in (0, 1, 3, 8, 20):
    sm = difflib.SequenceMatcher(None, a, b)
    print(n, list(sm.get_grouped_opcodes(n)))

# The first and last equal opcodes of the cached list are trimmed.
sm = difflib.SequenceMatcher(None, a, b)
before = list(sm.get_opcodes())
groups = list(sm.get_grouped_opcodes(2))
print(before[0], before[-1])
print(sm.get_opcodes()[0], sm.get_opcodes()[-1])
print(sm.get_opcodes() is sm.opcodes)

# Identical inputs: no hunk at all; empty inputs likewise.
print(list(difflib.SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "", "x").get_grouped_opcodes()))
print(list(difflib.SequenceMatcher(None, "x", "").get_grouped_opcodes(0)))

# An equal run of exactly 2n stays in one hunk; 2n + 1 splits it.
for gap in (6, 7):
    x = ["a"] + ["="] * gap + ["b"]
    y = ["A"] + ["="] * gap + ["B"]
    print(gap, list(difflib.SequenceMatcher(None, x, y).get_grouped_opcodes(3)))

# Hunks are lists of tuples; the generator is lazy.
gen = difflib.SequenceMatcher(None, "abcdefghijklmnop", "abXdefghijklmnoY").get_grouped_opcodes(2)
print(type(gen).__name__)
for hunk in gen:
    print(type(hunk).__name__, [type(op).__name__ for op in hunk], hunk)

# unified and context ranges for empty sides and single lines.
print(list(difflib.unified_diff([], ["a\n"])))
print(list(difflib.unified_diff(["a\n"], [])))
print(list(difflib.context_diff([], ["a\n"])))
print(list(difflib.context_diff(["a\n"], [])))
print(list(difflib.unified_diff(["a\n", "b\n"], ["a\n", "c\n"], n=0)))
print(list(difflib.context_diff(["a\n", "b\n"], ["a\n", "c\n"], n=0)))
print(list(difflib.unified_diff(["x\n", "a\n", "y\n"], ["x\n", "y\n"], n=0)))
print(list(difflib.context_diff(["x\n", "y\n"], ["x\n", "a\n", "y\n"], n=0)))
print(list(difflib.unified_diff(list("abcdefg"), list("abXdefY"), "old", "new", "t1", "", n=1, lineterm="")))
print(list(difflib.context_diff(list("abcdefg"), list("abXdefY"), "old", "new", "", "t2", n=1, lineterm="")))
print(list(difflib.unified_diff(["same\n"], ["same\n"])))
