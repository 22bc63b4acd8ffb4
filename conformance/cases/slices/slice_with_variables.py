# Slice bounds computed from variables and expressions.
data = list(range(100, 120))
n = len(data)
mid = n // 2
print(data[:mid], data[mid:])
k = 3
print(data[k:-k], data[-k:], data[:k], data[k:n - k:k])
for step in (1, 2, 5, -1, -7):
    print(step, data[::step][:4])
lo, hi = 15, 5
print(data[lo:hi], data[hi:lo], data[lo:hi:-1], data[min(lo, hi):max(lo, hi)])
none_bound = None
print(data[none_bound:3], data[17:none_bound])
