entries = ["5", "12", "0x1f", "7"]
total = 0
for e in entries:
    if (n := int(e)) > 10:
        print("big", n)
    total += n
print(total)
