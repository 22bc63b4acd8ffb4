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
    pi = prefix_function(pat + "\0" + text)
    m = len(pat)
    return [i - 2 * m for i, v in enumerate(pi) if v == m]


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


print(prefix_function("abacabab"))
print(kmp_find_all("abababcabab", "abab"), [i for i in range(8) if "abababcabab".startswith("abab", i)])
print(z_function("aabcaabxaaaz"))
s = "abcabcabc"
period = len(s) - prefix_function(s)[-1]
print("period", period, s[:period] * (len(s) // period) == s)
