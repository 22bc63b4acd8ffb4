# list.sort and sorted: stability, keys, reverse, errors.
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
w = list(words)
w.sort(key=lambda s: (len(s), s))
print(w)
nums = [5, -3, 2.5, 0, -3.5, 10 ** 20, 7, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0, "q")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:10], s[-5:], s == sorted(s), len(s))
try:
    [3, 1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
x = [3, 1, "a", 2]
try:
    x.sort()
except TypeError:
    print(x)
try:
    [1, 2].sort(1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(reverse=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(cmp=None)
except TypeError as e:
    print("TypeError:", e)
log = []
def key(v):
    log.append(v)
    return -v
data = [3, 1, 2]
data.sort(key=key)
print(data, log)
lst = [3, 2, 1]
def meddle(v):
    lst.append(v)
    return v
try:
    lst.sort(key=meddle)
except ValueError as e:
    print("ValueError:", e)
print(lst)
def seen(v):
    print("key sees", len(lst), lst)
    return v
lst.sort(key=seen)
print(lst)
