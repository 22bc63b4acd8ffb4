from collections import defaultdict

WORDS = """listen silent enlist inlets google gogole elgoog cat act tac dog god odg
evil vile live veil apple papel pale leap plea peal""".split()
groups = defaultdict(list)
for w in WORDS:
    groups["".join(sorted(w))].append(w)
for key, ws in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {len(ws)} {ws}")
print(sum(1 for g in groups.values() if len(g) > 1), "groups with anagrams")


def is_anagram(a, b):
    clean = lambda s: sorted(c for c in s.lower() if c.isalpha())
    return clean(a) == clean(b)


print(is_anagram("Dormitory", "Dirty room!"), is_anagram("Astronomer", "Moon starer"), is_anagram("abc", "abd"))
