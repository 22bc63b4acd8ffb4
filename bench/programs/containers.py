d = {}
for i in range(200_000):
    d[i] = [i, str(i)]
s = 0
for k, v in d.items():
    s += v[0]
print(s, len(d))
