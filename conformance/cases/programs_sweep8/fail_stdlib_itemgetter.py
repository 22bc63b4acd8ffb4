from operator import itemgetter
rows = [{"a": 1}, {"b": 2}]
print(sorted(rows, key=itemgetter("a")))
