import sys

text = sys.stdin.read()
a_part, b_part = text.split("====\n")
a, b = a_part.splitlines(), b_part.splitlines()
n, m = len(a), len(b)
L = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n - 1, -1, -1):
    for j in range(m - 1, -1, -1):
        L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
i = j = 0
out = []
while i < n and j < m:
    if a[i] == b[j]:
        out.append("  " + a[i])
        i += 1
        j += 1
    elif L[i + 1][j] >= L[i][j + 1]:
        out.append("- " + a[i])
        i += 1
    else:
        out.append("+ " + b[j])
        j += 1
out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
print("\n".join(out))
print(f"LCS length {L[0][0]}, similarity {2 * L[0][0] / (n + m):.3f}")
