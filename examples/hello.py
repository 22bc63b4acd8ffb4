# The quick-start script: a little of everything moat runs.
def greet(name, punctuation="!"):
    return f"Hello, {name}{punctuation}"

print(greet("moat"))
squares = [n * n for n in range(1, 6)]
print("squares:", squares, "sum:", sum(squares))
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print("most common:", max(counts, key=counts.get), counts["the"])
print("2 ** 100 =", 2 ** 100)
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught:", e)
