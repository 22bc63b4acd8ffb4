# Palindromes and anagrams.
def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]


def are_anagrams(a, b):
    norm = lambda s: sorted(s.replace(" ", "").lower())
    return norm(a) == norm(b)


for s in ("A man, a plan, a canal: Panama", "race a car", "", "No 'x' in Nixon", "abcba", "ab"):
    print(repr(s), is_palindrome(s))
for a, b in (("listen", "silent"), ("Dormitory", "dirty room"), ("abc", "abd"), ("aab", "abb")):
    print(a, b, are_anagrams(a, b))
words = ["tea", "eat", "ate", "tan", "nat", "bat"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))


def longest_palindrome(s):
    best = ""
    for center in range(len(s)):
        for lo, hi in ((center, center), (center, center + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo -= 1
                hi += 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


print(longest_palindrome("babad"), longest_palindrome("cbbd"), longest_palindrome("forgeeksskeegfor"))
