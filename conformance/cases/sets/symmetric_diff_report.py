# Comparing two lists of ids with set operations.
yesterday = [1, 2, 3, 5, 8, 13, 21]
today = [1, 3, 5, 7, 9, 13, 21, 22]
added = set(today) - set(yesterday)
removed = set(yesterday) - set(today)
kept = set(today) & set(yesterday)
print("added", sorted(added))
print("removed", sorted(removed))
print("kept", sorted(kept), len(kept))
print("changed", sorted(set(today) ^ set(yesterday)))
print(added | removed == set(today) ^ set(yesterday))
