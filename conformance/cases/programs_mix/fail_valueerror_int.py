DATA = """3
10 20 30
4
1 2 x 4
"""


def read_case(lines, pos):
    n = int(lines[pos])
    nums = list(map(int, lines[pos + 1].split()))
    assert len(nums) == n
    return nums, pos + 2


def solve(text):
    lines = text.splitlines()
    pos = 0
    while pos < len(lines):
        nums, pos = read_case(lines, pos)
        print(sum(nums), max(nums))


solve(DATA)
