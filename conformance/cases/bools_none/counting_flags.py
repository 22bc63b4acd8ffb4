# Using booleans as counters and masks in a small simulation.
seats = [False] * 10
for s in (0, 3, 4, 9, 3):
    if seats[s]:
        print("seat", s, "already taken")
    else:
        seats[s] = True
print(seats)
print("taken", sum(seats), "free", seats.count(False))
print("first free", seats.index(False), "last taken", len(seats) - 1 - seats[::-1].index(True))
pairs = [(i, seats[i] and seats[i + 1]) for i in range(9)]
print([i for i, both in pairs if both])
print(any(seats[5:9]), all(seats[3:5]), not any([]))
toggled = [not s for s in seats]
print(toggled)
print([i for i, (a, b) in enumerate(zip(seats, toggled)) if a != b] == list(range(10)))
