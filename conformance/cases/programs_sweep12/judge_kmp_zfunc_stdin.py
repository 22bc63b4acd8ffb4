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


def z_function(s):
    n = len(s)
    z = [0] * n
    l = r = 0
    for i in range(1, n):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < n and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


def occurrences(text, pat):
    pi = prefix_function(pat + "\0" + text)
    m = len(pat)
    return [i - 2 * m for i, v in enumerate(pi) if v == m]


text = input()
patterns = input().split(",")
for p in patterns:
    occ = occurrences(text, p)
    print(f"{p!r:8} -> {len(occ)} at {occ}")
z = z_function(text)
print("z:", z[:20])
period = next((p for p in range(1, len(text)) if len(text) % p == 0
               and text[:p] * (len(text) // p) == text), len(text))
print("smallest period:", period)
print("pi of last pattern:", prefix_function(patterns[-1]))
