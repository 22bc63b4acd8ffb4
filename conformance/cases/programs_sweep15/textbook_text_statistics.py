import sys, re, string, textwrap
from collections import Counter
text = sys.stdin.read()
lines = text.splitlines()
words = re.findall(r"[A-Za-z']+", text)
print("lines", len(lines), "words", len(words), "chars", len(text), "non-space", sum(not c.isspace() for c in text))
print("blank lines", sum(1 for l in lines if not l.strip()))
sentences = [s.strip() for s in re.split(r'(?<=[.!?])\s+', text) if s.strip()]
print("sentences", len(sentences))
for s in sentences[:4]:
    print(" -", s[:40] + ("..." if len(s) > 40 else ""))
lower = [w.lower() for w in words]
freq = Counter(lower)
print(freq.most_common(5))
stop = {"the", "a", "of", "and", "to", "in", "is", "it"}
content = Counter(w for w in lower if w not in stop and len(w) > 2)
for w, c in sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}{c:>3} {'#' * c}")
lengths = Counter(len(w) for w in words)
for L in sorted(lengths):
    print(f"{L:2d} | {'*' * lengths[L]}")
avg = sum(map(len, words)) / len(words)
print(f"average word length {avg:.3f}; longest {max(words, key=len)!r}; shortest {min(words, key=len)!r}")
letters = Counter(c for c in text.lower() if c in string.ascii_lowercase)
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10], len(letters), set(string.ascii_lowercase) - set(letters) == set() )
print(string.capwords("hello   wide world"), string.ascii_letters[:5], string.digits, string.punctuation[:10])
print(textwrap.fill(" ".join(words[:30]), width=40))
print(textwrap.wrap(text[:120], 25))
print(textwrap.shorten(text, 50), "|", textwrap.dedent("    a\n      b\n    c"), "|", textwrap.indent("x\ny", "> "))
vowels = sum(c in "aeiouAEIOU" for c in text)
print("vowels", vowels, "ratio", round(vowels / len(text), 4))
caps = [w for w in words if w[0].isupper()]
print("capitalized", caps)
print("palindromes", sorted({w for w in lower if len(w) > 2 and w == w[::-1]}))
print("hapax", sorted(w for w, c in freq.items() if c == 1)[:10])
trans = text.translate(str.maketrans("", "", string.punctuation))
print(trans[:60].split())
acr = "".join(w[0].upper() for w in "portable network graphics".split())
print(acr, "-".join(map(str.title, ["the", "lord", "of", "rings"])), "The End".swapcase())
