def reader(lines):
    count = 0
    try:
        for line in lines:
            count += 1
            cmd = yield line.strip().upper()
            if cmd == "skip":
                next(iter(lines), None)
    finally:
        print(f"reader closed after {count} lines")


gen = reader(["a\n", "b\n", "c\n"])
print(next(gen))
print(gen.send(None))
gen.close()
print("closed; next gives:", next(gen, "<exhausted>"))
gen2 = reader(["x\n"])
print(next(gen2))
print(next(gen2))
