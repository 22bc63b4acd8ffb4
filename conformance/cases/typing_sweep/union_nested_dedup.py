# Nested unions flatten, keep first-seen order and drop duplicates.
a = int | str
b = str | bytes
print(a | b)
print((a | b).__args__)
print(a | None | b | None)
print(len((a | b | a).__args__))
x = int | str
print(x | x is x or (x | x) == x)
