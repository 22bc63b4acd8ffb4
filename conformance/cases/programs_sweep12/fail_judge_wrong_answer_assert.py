import sys


def solve(nums, k):
    best = 0
    for i in range(len(nums) - k):
        best = max(best, sum(nums[i:i + k]))
    return best


tests = [([1, 2, 3, 4, 5], 2, 9), ([5, 1, 1], 1, 5), ([1, 1, 9], 1, 9)]
for nums, k, want in tests:
    got = solve(nums, k)
    print(f"solve({nums}, {k}) = {got} (want {want})", file=sys.stdout)
    assert got == want, f"wrong answer on {nums}: got {got}, want {want}"
