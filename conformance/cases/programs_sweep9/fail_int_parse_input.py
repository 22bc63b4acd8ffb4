import sys
nums = []
for line in sys.stdin:
    nums.append(int(line))
print(sum(nums))
