# Loops with negative steps.
for i in range(10, 0, -1):
    print(i, end=" ")
print("liftoff")
print(list(range(0, -5, -1)), list(range(-1, -10, -2)), list(range(5, -6, -5)), list(range(3, 4, -1)))
word = "stressed"
print("".join(word[i] for i in range(len(word) - 1, -1, -1)))
for i in range(4, 0, -1):
    print(" " * (4 - i) + "*" * (2 * i - 1))
print(sum(range(100, 0, -7)), len(range(100, 0, -7)), max(range(100, 0, -7)), min(range(100, 0, -7)))
print(list(reversed(range(1, 10, 3))), len(list(reversed(range(1, 10, 3)))), list(reversed(range(0))))
