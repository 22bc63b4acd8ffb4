def read_numbers(lines):
    for n, line in enumerate(lines, 1):
        line = line.split("#")[0].strip()
        if line:
            yield n, float(line)


DATA = ["1.5", "2.25  # second", "", "# comment", "3e2", "four", "5"]
values = []
for n, v in read_numbers(DATA[:5]):
    values.append(v)
print(values)
print(list(read_numbers(DATA)))
