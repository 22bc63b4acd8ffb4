# Indexing, negative indices and IndexError.
s = "conformance"
print(s[0], s[1], s[-1], s[-2], s[len(s) - 1], s[-len(s)])
for i in range(-len(s), len(s), 3):
    print(i, s[i])
try:
    s[len(s)]
except IndexError as e:
    print("IndexError", e)
try:
    s[-12]
except IndexError as e:
    print("IndexError", e)
try:
    s["0"]
except TypeError as e:
    print("TypeError", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError", e)
try:
    s[0] = "C"
except TypeError as e:
    print("TypeError", e)
try:
    ""[0]
except IndexError as e:
    print("IndexError", e)
print(s[True], s[False], s[2 ** 3])
print("".join(s[i] for i in range(0, len(s), 2)))
