# SequenceMatcher's API: longest matches (with junk and popular elements),
# matching blocks, opcodes, grouped opcodes, the three ratios, and the
# caching across set_seq1/set_seq2.
from difflib import SequenceMatcher, Match

s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
print(s.find_longest_match(1, 3, 5, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(sorted(s.bjunk), sorted(s.bpopular))
s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
s.set_seq2("private Thread nextThread;")
print(s.ratio(), s.get_opcodes())
s.set_seq1("private Thread nextThread;")
print(s.ratio(), s.get_opcodes())
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "", "").get_opcodes())
print(SequenceMatcher(None, "", "abc").get_opcodes(), SequenceMatcher(None, "abc", "").get_opcodes())
print(list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(SequenceMatcher(None, "abc", "abc").get_grouped_opcodes()))
a = list(map(str, range(1, 40)))
b = a[:]
b[8:8] = ["i"]
del b[20]
b[30] += "x"
s = SequenceMatcher(None, a, b)
for group in s.get_grouped_opcodes():
    print(group)
for group in s.get_grouped_opcodes(1):
    print(group)
for group in s.get_grouped_opcodes(0):
    print(group)

print("=== autojunk")
text_a = "x" * 100 + "abc" + "x" * 100 + "def"
text_b = "x" * 150 + "abc" + "x" * 60 + "dxf"
for auto in (True, False):
    s = SequenceMatcher(None, text_a, text_b, autojunk=auto)
    print(auto, sorted(s.bpopular), s.get_matching_blocks(), round(s.ratio(), 6))
words_a = ("the cat sat on the mat " * 50).split()
words_b = ("the dog sat on the mat " * 50).split()
s = SequenceMatcher(None, words_a, words_b)
print(len(words_b), sorted(s.bpopular), len(s.get_matching_blocks()), round(s.ratio(), 6))
s = SequenceMatcher(None, words_a, words_b, autojunk=False)
print(sorted(s.bpopular), len(s.get_matching_blocks()), round(s.ratio(), 6))
s = SequenceMatcher(lambda w: w == "the", words_a, words_b)
print(sorted(s.bjunk), len(s.get_matching_blocks()), round(s.ratio(), 6))
print(s.find_longest_match(0, 20, 0, 20))
s = SequenceMatcher(None, "", "ab" * 150 + "c" * 3)
print(sorted(s.b2j.items()), sorted(s.bpopular))

print("=== Match and generic alias")
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, m == (1, 2, 3))
print(SequenceMatcher[str])
print(SequenceMatcher(None, [1, 2, 3, 4], (2, 3, 5)).get_opcodes())
print(SequenceMatcher(None, [(1, 2), (3, 4)], [(3, 4)]).get_matching_blocks())
try:
    SequenceMatcher(None, [[1]], [[1]]).ratio()
except TypeError as e:
    print("TypeError", e)
