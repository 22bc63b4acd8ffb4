MOD = (1 << 61) - 1
BASE = 131


def prefix_hashes(s):
    h = [0] * (len(s) + 1)
    p = [1] * (len(s) + 1)
    for i, ch in enumerate(s):
        h[i + 1] = (h[i] * BASE + ord(ch)) % MOD
        p[i + 1] = p[i] * BASE % MOD
    return h, p


def sub_hash(h, p, i, j):
    return (h[j] - h[i] * p[j - i]) % MOD


def longest_repeated(s):
    h, p = prefix_hashes(s)

    def has_repeat(length):
        seen = {}
        for i in range(len(s) - length + 1):
            x = sub_hash(h, p, i, i + length)
            if x in seen:
                return s[i:i + length]
            seen[x] = i
        return None

    lo, hi, best = 1, len(s), ""
    while lo <= hi:
        mid = (lo + hi) // 2
        found = has_repeat(mid)
        if found:
            best, lo = found, mid + 1
        else:
            hi = mid - 1
    return best


def rabin_karp(text, pat):
    ht, p = prefix_hashes(text)
    hp, _ = prefix_hashes(pat)
    target = hp[-1]
    return [i for i in range(len(text) - len(pat) + 1) if sub_hash(ht, p, i, i + len(pat)) == target]


for s in ["banana", "abcdefg", "mississippi", "abcabcabcab", "aaaa"]:
    print(f"{s!r}: longest repeated = {longest_repeated(s)!r}")
print(rabin_karp("abracadabra abracadabra", "abra"), rabin_karp("aaaaa", "aa"), rabin_karp("xyz", "q"))
h, p = prefix_hashes("hello world hello")
print(sub_hash(h, p, 0, 5) == sub_hash(h, p, 12, 17), sub_hash(h, p, 0, 5) == sub_hash(h, p, 6, 11))
