# Loop variables keep their last value after the loop.
for i in range(5):
    pass
print(i)
for word in ["a", "b", "c"]:
    last = word
print(word, last)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError", e)
k = "before"
for k in range(0):
    pass
print(k)
total = 0
for n in range(1, 11):
    total += n
else:
    print("loop finished with n =", n, "total =", total)
