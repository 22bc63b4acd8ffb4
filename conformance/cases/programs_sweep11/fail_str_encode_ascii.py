names = ["Ann", "José"]
for n in names:
    print(n.encode("ascii"))
