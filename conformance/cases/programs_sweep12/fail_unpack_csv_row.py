ROWS = """alice,34,engineer
bob,27,designer
carol,41,manager,remote
dave,29,analyst"""

people = []
for line in ROWS.splitlines():
    name, age, role = line.split(",")
    people.append({"name": name, "age": int(age), "role": role})
    print(f"{name:>6} {age:>3} {role}")
print(len(people))
