nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print(nums, nums.index(8), nums.count(3))
nums.insert(0, 100)
nums.insert(-1, 50)
nums.insert(99, 7)
print(nums)
print(nums.pop(), nums.pop(0), nums)
nums.remove(50)
nums.extend(range(3))
nums.reverse()
print(nums, nums[::2], nums[-3:], nums[1:-1:3])
del nums[1:3]
nums[0:0] = ["a", "b"]
print(nums)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
c = words.copy()
c.clear()
print(c, words * 2 == words + words, [0] * 3)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2),
            lambda: [1, "a"].sort(), lambda: [1][1], lambda: [].insert(), lambda: [1].extend(3),
            lambda: nums.__setitem__(slice(0, 4, 2), [1]), lambda: [3] * "a", lambda: [1] + (2,),
            lambda: [].index(1, 0, 1), lambda: list(1)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
a = [1, 2, 3]
a += (4, 5)
a *= 2
print(a, a < [1, 3], [1, [2]] == [1, [2]])
