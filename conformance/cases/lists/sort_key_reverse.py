# sort and sorted with key and reverse; stability.
nums = [5, -3, 2, -8, 0, 7, -1]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(key=abs, reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower())), sorted(words, key=len, reverse=True))
records = [("ann", 3), ("bob", 1), ("cid", 3), ("dee", 2), ("eve", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted([]), sorted("cba"), sorted((2, 1)))
result = [4, 2, 9].sort()
print(result)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
data = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
data.sort(key=lambda p: p[1])
data.sort(key=lambda p: p[0])
print(data)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(big, reverse=True)[::-1])
