# for ... else: the else runs only when no break happened.
def find_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has divisor", d)
            break
    else:
        print(n, "is prime")


for n in (2, 9, 13, 21, 29):
    find_divisor(n)
for item in []:
    print("unreachable")
else:
    print("else after empty loop")
for outer in range(3):
    for inner in range(3):
        if inner == outer == 1:
            break
    else:
        print("no break for outer", outer)
        continue
    print("broke out of inner loop at outer", outer)
target = "c"
for idx, ch in enumerate("abcd"):
    if ch == target:
        print("found at", idx)
        break
else:
    print("not found")
