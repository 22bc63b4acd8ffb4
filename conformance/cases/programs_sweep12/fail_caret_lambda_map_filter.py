raw = ["10", "20", "x30", "40"]
cleaned = list(filter(lambda s: s.strip(), raw))
print(cleaned)
numbers = list(map(lambda s: int(s) * 2, cleaned))
print(numbers)
