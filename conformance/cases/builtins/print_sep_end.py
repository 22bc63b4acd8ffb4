# print with sep, end and multiple arguments.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", end="|\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, sep=" ; ")
print("multi", "end", sep="-", end="!!\n")
print(*range(5))
print(*"abc", sep="\n")
print("tab\tseparated", "value", sep="\t")
print("", "", sep="X")
print("sep None", "works", sep=None)
print("end None", end=None)
print("after")
print("é", "日本", "🎉", sep="·")
for i in range(3):
    print(i, end=" " if i < 2 else "\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
try:
    print("x", foo=1)
except TypeError as e:
    print("TypeError", e)
