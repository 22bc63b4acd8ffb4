from operator import itemgetter

rows = [{"id": 1, "n": "a"}, {"id": 2}]
print(sorted(rows, key=itemgetter("id")))
print([itemgetter("n")(r) for r in rows])
