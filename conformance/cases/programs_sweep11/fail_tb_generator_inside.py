def read_records(lines):
    for n, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()


cfg = dict(read_records(["a = 1", "b = 2", "broken line", "c = 3"]))
print(cfg)
