# Text processing: word frequencies, wrapping, caesar cipher, palindromes.
import string
import textwrap
from collections import Counter, OrderedDict

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
freq = Counter(words)
print(freq.most_common(5))
print(sorted(w for w, c in freq.items() if c == 1))
print(len(words), len(set(words)), max(words, key=len), sum(map(len, words)) / len(words))
print(textwrap.fill(TEXT.replace("\n", " "), width=40))
print(textwrap.shorten(TEXT, width=50, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.dedent("    x\n      y\n    z"))

def caesar(s, k):
    table = str.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                          string.ascii_lowercase[k:] + string.ascii_lowercase[:k] +
                          string.ascii_uppercase[k:] + string.ascii_uppercase[:k])
    return s.translate(table)

secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, 23))

def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

for s in ["A man, a plan, a canal: Panama", "No 'x' in Nixon", "hello", "Was it a car or a cat I saw?"]:
    print(f"{s!r:36} {is_pal(s)}")

def rle(s):
    out = []
    for ch in s:
        if out and out[-1][0] == ch:
            out[-1][1] += 1
        else:
            out.append([ch, 1])
    return "".join(f"{c}{n}" if n > 1 else c for c, n in out)

print(rle("aaabccddddde"), rle(""), rle("abc"))
anagrams = {}
for w in ["listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"]:
    anagrams.setdefault("".join(sorted(w)), []).append(w)
print([g for g in anagrams.values() if len(g) > 1])
print("title case".title(), "ÉCOLE".casefold(), "straße".upper(), "ǅ".lower(), "x".center(5, "*"))
print("a,b,,c".split(","), "a b  c ".split(), "k=v=w".partition("="), "k=v=w".rpartition("="))
print(" pad ".strip(), "xxhixx".strip("x"), "tab\tsep".expandtabs(4), "line1\nline2\r\n".splitlines(True))
od = OrderedDict.fromkeys("abracadabra")
print("".join(od), list(od.keys())[-1])
print(string.capwords("the quick  brown fox"), string.Template("$who likes $what").substitute(who="tim", what="kung pao"))
