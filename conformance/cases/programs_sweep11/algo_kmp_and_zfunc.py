def prefix_function(s):
    pi = [0] * len(s)
    for i in range(1, len(s)):
        k = pi[i - 1]
        while k and s[i] != s[k]:
            k = pi[k - 1]
        if s[i] == s[k]:
            k += 1
        pi[i] = k
    return pi


def kmp_find_all(text, pat):
    if not pat:
        return list(range(len(text) + 1))
    pi = prefix_function(pat + "\0" + text)
    return [i - 2 * len(pat) for i, v in enumerate(pi) if v == len(pat)]


def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


print(prefix_function("aabaaab"), z_function("aabxaab"))
for text, pat in [("abababab", "abab"), ("hello", "ll"), ("aaaa", "aa"), ("abc", "d"), ("ab", "")]:
    found = kmp_find_all(text, pat)
    import re
    naive = [m.start() for m in re.finditer(f"(?={re.escape(pat)})", text)]
    print(text, pat, found, found == naive)
s = "abcabcabc"
p = len(s) - prefix_function(s)[-1]
print("period", p, s[:p] * (len(s) // p) == s)
