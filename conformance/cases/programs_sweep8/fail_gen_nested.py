def read_records(lines):
    for ln in lines:
        name, score = ln.split(":")
        yield name.strip(), int(score)
def top(records, n):
    return sorted(records, key=lambda r: -r[1])[:n]
data = ["ann: 5", "bob: 7", "cy: x7"]
print(top(read_records(data[:2]), 1))
print(top(read_records(data), 2))
