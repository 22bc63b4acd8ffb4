people = [{"name": "ann", "age": 30}, {"name": "bob"}, {"name": "cy", "age": 22}]
people.sort(key=lambda p: p["age"])
print(people)
