rows = ["alice,30,paris", "bob,25,rome", "carol,41,oslo,extra"]
for row in rows:
    name, age, city = row.split(",")
    print(f"{name} ({age}) lives in {city}")
