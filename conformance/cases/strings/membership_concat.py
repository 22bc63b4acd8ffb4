# in, concatenation, repetition and their errors.
s = "hello world"
print("world" in s, "World" in s, "" in s, "o w" in s, "x" not in s, "" in "")
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, repr("" * 100))
acc = ""
for ch in "abc":
    acc += ch * 2
print(acc)
acc *= 2
print(acc)
try:
    "a" + 1
except TypeError as e:
    print("TypeError", e)
try:
    1 + "a"
except TypeError as e:
    print("TypeError", e)
try:
    "a" * 2.5
except TypeError as e:
    print("TypeError", e)
try:
    "a" * "b"
except TypeError as e:
    print("TypeError", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
try:
    "a" - "b"
except TypeError as e:
    print("TypeError", e)
try:
    x = "abc"
    x += 5
except TypeError as e:
    print("TypeError", e)
print("a" "b" "c", ("multi"
                   "line"))
print("-" * 20)
print("=+" * 5 + "=")
