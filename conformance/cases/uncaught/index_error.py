# Walking off the end of a list.
items = ["a", "b", "c"]
i = 0
while True:
    print(i, items[i])
    i += 1
