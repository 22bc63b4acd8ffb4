names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for name, age in zip(names, ages, strict=True):
    print(f"{name}: {age}")
cities = ["oslo", "lima"]
print(list(zip(names, cities)))
print(list(zip(names, cities, strict=True)))
