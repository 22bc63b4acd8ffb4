# Recursive search problems: n-queens and subset sum.
def n_queens(n):
    solutions = []

    def place(row, cols, d1, d2, board):
        if row == n:
            solutions.append(board[:])
            return
        for c in range(n):
            if c in cols or (row - c) in d1 or (row + c) in d2:
                continue
            board.append(c)
            place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, board)
            board.pop()

    place(0, set(), set(), set(), [])
    return solutions


for n in range(1, 8):
    print(n, len(n_queens(n)))
print(n_queens(6))


def subset_sum(nums, target, i=0, memo=None):
    if memo is None:
        memo = {}
    if target == 0:
        return True
    if i == len(nums) or target < 0:
        return False
    key = (i, target)
    if key not in memo:
        memo[key] = subset_sum(nums, target - nums[i], i + 1, memo) or subset_sum(nums, target, i + 1, memo)
    return memo[key]


print([t for t in range(40) if not subset_sum([3, 7, 11, 19], t)])
