# Idiomatic range loops: counting, nested loops, stepping through indices.
names = ["ann", "bob", "cid", "dee"]
for i in range(len(names)):
    print(i, names[i])
for i in range(0, len(names), 2):
    print("pair", names[i:i + 2])
total = 0
for i in range(1, 101):
    if i % 3 == 0 or i % 5 == 0:
        total += i
print("multiples of 3 or 5 below 101:", total)
for row in range(1, 4):
    print(" ".join(str(row * col) for col in range(1, 6)))
count = 0
for a in range(1, 30):
    for b in range(a, 30):
        for c in range(b, 30):
            if a * a + b * b == c * c:
                count += 1
                print("triple", a, b, c)
print(count)
