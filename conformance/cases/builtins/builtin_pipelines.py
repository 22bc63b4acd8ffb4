# Combining builtins the way scripts usually do.
text = "5 3 9 1 7 3 8 2 9 4"
nums = list(map(int, text.split()))
print(nums, len(nums), sum(nums), min(nums), max(nums), sorted(set(nums)))
print(list(enumerate(sorted(nums, reverse=True)[:3], 1)))
print(dict(zip("abcde", map(lambda n: n * n, filter(lambda n: n % 2, nums)))))
print(any(n > 8 for n in nums), all(0 < n < 10 for n in nums), sum(1 for n in nums if n > 4))
print(list(reversed(sorted(nums)))[:3], tuple(map(str, range(3))), "".join(map(chr, range(65, 70))))
print(round(sum(nums) / len(nums), 2), divmod(sum(nums), len(nums)), abs(min(nums) - max(nums)))
print(list(zip(*[iter(nums)] * 2)), list(map(max, zip(nums[::2], nums[1::2]))))
print(format(sum(nums) / len(nums), ".3f"), hex(max(nums)), bin(min(nums)), oct(len(nums)))
