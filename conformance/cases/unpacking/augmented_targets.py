# Augmented assignment to subscripts and nested targets.
counts = {"a": 1}
counts["a"] += 5
counts.setdefault("b", 0)
counts["b"] -= 2
print(counts)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
grid[0][1] *= 3
grid[1][0] **= 2
print(grid)
nums = [1, 2, 3]
nums[-1] //= 2
nums[0] <<= 4
nums[1] |= 8
print(nums)
text = ["ab"]
text[0] *= 3
text[0] += "!"
print(text)
tup = ([1], 2)
tup[0].append(5)
try:
    tup[0] += [9]
except TypeError as e:
    print("TypeError", e, tup)
