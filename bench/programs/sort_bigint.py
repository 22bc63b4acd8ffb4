import math

data = [(i * 7919) % 100_003 for i in range(200_000)]
data.sort()
print(data[:3], data[-1], sorted(data, key=lambda x: -x)[:2])
f = math.factorial(1400)
print(len(str(f)), f % 1_000_003)
x = 1
for i in range(1, 2000):
    x = x * i + 1
print(x % 998244353)
