# SequenceMatcher's junk and "popular" handling: what b2j keeps, how a
# match is grown over junk neighbours, and where ties go.
import difflib

# A junk blank cannot seed a match but is glued onto a match's ends.
sm = difflib.SequenceMatcher(lambda c: c == " ", " abcd", "abcd abcd")
print(sm.find_longest_match(0, 5, 0, 9))
print(sm.find_longest_match())
print(sorted(sm.bjunk), sorted(sm.b2j))
print(sm.get_matching_blocks())
print(sm.get_opcodes())

# Without junk the leading blank joins the later copy instead.
sm = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(sm.find_longest_match(0, 5, 0, 9))

# Ties: earliest in a, then earliest in b.
sm = difflib.SequenceMatcher(None, "xyab", "abxy")
print(sm.find_longest_match(0, 4, 0, 4))
print(sm.find_longest_match(2, 4, 0, 4))
print(sm.find_longest_match(0, 1, 0, 4), sm.find_longest_match(1, 1, 2, 2))

# An isjunk that is falsy is not called at all.
print(difflib.SequenceMatcher(0, "ab", "ab").bjunk)

# isjunk is asked once per distinct item, in first-seen order.
seen = []
def noting(item):
    seen.append(item)
    return item in "ae"
sm = difflib.SequenceMatcher(noting, "", "banana apple")
print(seen, sorted(sm.bjunk))

# autojunk: in a b of 200 or more, an item seen more than len // 100 + 1
# times is "popular" and left out of b2j.
b = "x" * 3 + "ab" * 100
sm = difflib.SequenceMatcher(None, "xxab", b)
print(sorted(sm.bpopular), sorted(sm.b2j), len(b))
print(sm.find_longest_match())
print(sm.get_matching_blocks())
print(round(sm.ratio(), 6))
sm = difflib.SequenceMatcher(None, "xxab", b, autojunk=False)
print(sm.bpopular, sm.find_longest_match(), round(sm.ratio(), 6))

# 199 items: not yet subject to autojunk.
sm = difflib.SequenceMatcher(None, "", "q" * 199)
print(sm.bpopular, len(sm.b2j["q"]))
sm = difflib.SequenceMatcher(None, "", "q" * 198 + "rs")
print(sm.bpopular, sorted(sm.b2j))
# Exactly at the limit: 3 of 200 is 200 // 100 + 1, not more.
sm = difflib.SequenceMatcher(None, "", "zzz" + "-" * 0 + "".join(chr(0x100 + k) for k in range(197)))
print(sm.bpopular, len(sm.b2j))

# Lists of lines and tuples work the same.
sm = difflib.SequenceMatcher(None, ["a\n", "b\n", "c\n"], ("b\n", "c\n", "d\n"))
print(sm.get_opcodes())
print(sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())

# set_seq1 keeps b's index; set_seq2 with the same object changes nothing.
sm = difflib.SequenceMatcher(None, "abc", "abd")
index = sm.b2j
sm.set_seq1("xbd")
print(sm.b2j is index, sm.get_opcodes())
sm.set_seq2(sm.b)
print(sm.b2j is index, sm.opcodes is not None)
sm.set_seq2("abd")  # an equal string, maybe another object
print(sm.ratio())

# Both empty: ratio 1.0, only the end marker.
sm = difflib.SequenceMatcher(None, "", "")
print(sm.get_matching_blocks(), sm.get_opcodes(), sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio())
sm = difflib.SequenceMatcher(None, "abc", "")
print(sm.get_matching_blocks(), sm.get_opcodes(), sm.ratio())
print(sorted(vars(difflib.SequenceMatcher(None, "a", "b"))))
print(list(vars(difflib.SequenceMatcher(None, "a", "b"))))
