def manacher(s):
    t = "^#" + "#".join(s) + "#$"
    p = [0] * len(t)
    c = r = 0
    for i in range(1, len(t) - 1):
        if i < r:
            p[i] = min(r - i, p[2 * c - i])
        while t[i + p[i] + 1] == t[i - p[i] - 1]:
            p[i] += 1
        if i + p[i] > r:
            c, r = i, i + p[i]
    k, center = max((v, i) for i, v in enumerate(p))
    start = (center - k) // 2
    return s[start:start + k], sum((v + 1) // 2 for v in p)


n = int(input())
for _ in range(n):
    word = input().strip()
    longest, count = manacher(word)
    rev = word[::-1]
    print(f"{word!r}: longest={longest!r} ({len(longest)}), palindromic substrings={count}, "
          f"is_palindrome={word == rev}")
