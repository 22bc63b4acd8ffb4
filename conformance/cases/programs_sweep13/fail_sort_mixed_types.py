records = [("bob", 25), ("alice", 31), ("carol", None), ("dan", 19)]
by_name = sorted(records)
print(by_name)
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
